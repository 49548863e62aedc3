package org.longjiang.atlas.core.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.query.ChartKind;
import org.longjiang.atlas.core.query.StatTable;

/** What the dossiers of the subjects a teacher opens first contain, on the shipped content. */
class BundledDossierTest {
    static final Atlas ATLAS = AtlasLoader.loadBundled().atlas();
    final DossierBuilder model = new DossierBuilder(ATLAS);

    private Dossier dossier(String id) {
        return model.dossier(id, "en").orElseThrow();
    }

    private static List<String> eventIds(Dossier d) {
        return d.timeline().values().stream()
                .flatMap(List::stream)
                .map(PolicyEvent::id)
                .toList();
    }

    @Test
    void harbinHasItsAirCargoAndRustonTablesAndItsEuropeTrainInTheTimeline() {
        var d = dossier("harbin");
        assertEquals(List.of(), d.overview().parts(), "the five links belong to the province dossier only");
        assertEquals(
                List.of("song2021-text-harbin-russia-air-cargo", "song2020-text-ruston"),
                d.tables().stream().map(StatTable::id).toList());
        assertTrue(eventIds(d).contains("harbin-europe-train-first-run"));
        assertTrue(d.timeline().containsKey(EventKind.OPENING));
        assertTrue(
                d.notes().stream().anyMatch(n -> n.message().en().contains("Yekaterinburg")),
                "first-flight date dispute");
        assertTrue(d.references().size() >= 3);
        d.references()
                .forEach(r ->
                        assertTrue(r.gbt7714().contains("[J]") || r.gbt7714().contains("[Z]"), r.gbt7714()));
    }

    @Test
    void heiheHasItsCounterpartAndTheBridgeAndGasPipelineInItsTimeline() {
        var d = dossier("heihe");
        assertEquals("blagoveshchensk", d.header().related().subjects().get(0).id());
        assertTrue(eventIds(d)
                .containsAll(List.of("heihe-blagoveshchensk-bridge-opening", "east-route-gas-pipeline-opening")));
        assertEquals(List.of(), d.tables(), "the papers print no series about Heihe alone");
    }

    @Test
    void suifenheChartsItsPerCapitaGdpAndLinksToPogranichny() {
        var d = dossier("suifenhe");
        assertEquals("pogranichny", d.header().related().subjects().get(0).id());
        StatTable gdp = d.tables().stream()
                .filter(t -> t.id().equals("border-opening-text-regional-gdp"))
                .findFirst()
                .orElseThrow();
        assertEquals(ChartKind.BAR, gdp.charts().get(0).kind());
        assertTrue(eventIds(d).contains("suifenhe-customs-clearance-platform"));
    }

    @Test
    void theOilPipelineListsItsPrintedFiguresWithUnitsAndItsOpening() {
        var d = dossier("mohe-daqing-oil-pipeline");
        assertTrue(
                d.header().facts().stream().anyMatch(f -> f.contains("927 km")),
                d.header().facts().toString());
        assertTrue(
                d.header().facts().stream().anyMatch(f -> f.contains("15 million tons per year")),
                d.header().facts().toString());
        assertEquals(
                List.of("skovorodino", "dzhalinda", "mohe", "jagdaqi", "daqing"),
                d.header().related().subjects().stream().map(Dossier.Ref::id).toList());
        assertTrue(eventIds(d).contains("mohe-daqing-oil-pipeline-opening"));
    }

    @Test
    void harbinYekaterinburgShowsItsCumulativeFiguresAndCharterOpening() {
        var d = dossier("harbin-yekaterinburg-air");
        assertTrue(
                d.header().facts().stream()
                        .anyMatch(f -> f.startsWith(
                                        "flights since the first flight (cumulative): 355 flights (2013-11 to 2017-06)")
                                || f.contains("355 flights")),
                d.header().facts().toString());
        assertEquals(1, d.tables().size());
        assertEquals(3, d.tables().get(0).figures().size(), "cumulative one-off figures are listed, not charted");
        assertTrue(eventIds(d).contains("harbin-yekaterinburg-charter-opening"));
    }

    @Test
    void theProvinceDossierHoldsTradeInvestmentTourismInternetAndStrategies() {
        var d = dossier("heilongjiang");
        List<String> tables = d.tables().stream().map(StatTable::id).toList();
        assertTrue(
                tables.containsAll(List.of(
                        "song2019-t4-hlj-russia-trade",
                        "song2019-t5-hlj-northeast-asia-trade",
                        "song2019-t8-hlj-foreign-investment",
                        "song2019-t9-hlj-outward-investment",
                        "song2019-t11-inbound-tourists",
                        "song2021-t1-internet-users",
                        "song2021-text-ecommerce-platforms")),
                tables.toString());
        assertTrue(d.timeline().get(EventKind.PROVINCIAL_STRATEGY).stream()
                .anyMatch(e -> e.id().equals("longjiang-silk-road-belt")));
        assertTrue(d.notes().size() >= 18, "the Table 4 findings are all listed");
        assertEquals(
                List.of(
                        "I. Policy coordination",
                        "II. Connectivity of Infrastructure",
                        "III. Unimpeded Trade",
                        "IV. Financial Integration",
                        "V. Closer People-to-people Ties"),
                d.overview().parts().stream()
                        .filter(p -> p.sourceId().equals("song2019-bri"))
                        .map(p -> p.numeral() + ". " + p.title())
                        .toList(),
                "the five links, read from the BRI paper's section numbers");
        var table7 = d.overview().tabled().stream()
                .filter(t -> t.sourceId().equals("song2019-bri") && t.table().equals("Table 7"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "E-commerce demonstration system", table7.title().orElseThrow().en());
        assertTrue(table7.subjectIds()
                .containsAll(List.of("harbin", "daqing", "mudanjiang", "suifenhe-border-economic-cooperation-zone")));
        assertEquals("song2019-t4-hlj-russia-trade", d.tables().get(0).id(), "the richest table opens the dossier");
        assertFalse(d.references().isEmpty());
    }

    @Test
    void valueTipsShowThePrintedValueUnitSourceAndTheNote() {
        var s = ATLAS.seriesById("song2019-t4-import").orElseThrow();
        var o = s.observations().stream()
                .filter(x -> x.period().equals("2011"))
                .findFirst()
                .orElseThrow();
        String tip = model.valueTip(s, o, "en");
        assertTrue(tip.contains("2011: 1.464 billion dollars (as printed)"), tip);
        assertTrue(tip.contains("Table 4"), tip);
        assertTrue(tip.contains("\u26a0"), tip);
    }
}
