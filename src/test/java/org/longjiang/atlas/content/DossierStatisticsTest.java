package org.longjiang.atlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.ChartKind;
import org.longjiang.atlas.core.query.ChartSpec;
import org.longjiang.atlas.core.query.MappedStatistics;
import org.longjiang.atlas.core.query.StatTable;
import org.longjiang.atlas.core.query.SubjectStatistics;
import org.longjiang.atlas.core.query.SubjectTimeline;

/** How the shipped series arrange into dossier tables and charts for real subjects. */
class DossierStatisticsTest {
    final Atlas a = BundledAtlasTest.LOADED.atlas();
    final SubjectStatistics stats = new SubjectStatistics(a);

    private StatTable table(String subject, String group) {
        return stats.tables(subject).stream()
                .filter(t -> t.id().equals(group))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void heilongjiangRussiaTradeIsStackedWithThePrintedTotalBeside() {
        StatTable t4 = table("heilongjiang", "song2019-t4-hlj-russia-trade");
        ChartSpec stacked = t4.charts().get(0);
        assertEquals(ChartKind.STACKED, stacked.kind());
        assertEquals(
                List.of("song2019-t4-export", "song2019-t4-import"),
                stacked.series().stream().map(Series::id).toList());
        assertEquals("song2019-t4-total", stacked.total().orElseThrow().id());
        assertEquals(11, stacked.periods().size());
        assertEquals("2008", stacked.periods().get(0));
        assertEquals(3, t4.growth().get(0).series().size(), "export, import and total growth on the secondary view");
        assertTrue(
                t4.charts().stream()
                        .anyMatch(c -> c.kind() == ChartKind.BAR && c.unit().equals("%")),
                "shares on their own chart, never on the money axis");
    }

    @Test
    void singlePrintedFiguresAreListedNotCharted() {
        StatTable train = table("harbin-europe-train", "song2021-text-harbin-europe-train");
        assertEquals(List.of(), train.charts());
        assertEquals(4, train.figures().size());
    }

    @Test
    void rankingTablesShowEveryMarketWithTheSubjectHighlighted() {
        StatTable top10 = table("russia", "xu-t1-top10-ecommerce-markets");
        ChartSpec scale = top10.charts().stream()
                .filter(c -> c.unit().equals("USD 100 million"))
                .findFirst()
                .orElseThrow();
        assertEquals(ChartKind.RANKING, scale.kind());
        assertEquals(10, scale.series().size());
        assertEquals(Set.of("russia"), scale.highlight());
        assertTrue(top10.charts().stream()
                .noneMatch(c -> c.series().get(0).measure().equals("rank")));
    }

    @Test
    void theOilPipelineOpeningMarksTheHeilongjiangRussiaTradeChart() {
        ChartSpec stacked =
                table("heilongjiang", "song2019-t4-hlj-russia-trade").charts().get(0);
        List<PolicyEvent> markers = new SubjectTimeline(a).markers(stacked.series(), 2008, 2018);
        assertTrue(markers.stream().anyMatch(e -> e.id().equals("mohe-daqing-oil-pipeline-opening")));
        assertFalse(markers.stream().anyMatch(e -> e.date().year() > 2018));
    }

    @Test
    void everySubjectWithSeriesGetsAtLeastOneTable() {
        a.places().forEach(p -> {
            boolean has = a.series().stream().anyMatch(s -> s.subjects().contains(p.id()));
            assertEquals(has, !stats.tables(p.id()).isEmpty(), p.id());
        });
    }

    @Test
    void theMapCanBeSizedByTradeAndTouristsPerPartnerCountryForAYear() {
        var stats = MappedStatistics.of(a, "heilongjiang");
        var tourists = stats.stream()
                .filter(s -> s.id().startsWith("song2019-t11-inbound-tourists:count"))
                .findFirst()
                .orElseThrow();
        assertEquals(5, tourists.byPlace().size());
        assertTrue(tourists.valueIn("russia", 2016).isPresent());
        assertTrue(tourists.valueIn("russia", 2010).isEmpty(), "nothing printed for 2010: no circle, no guess");
        assertTrue(stats.stream().noneMatch(s -> s.first().measure().equals("growth")));
    }
}
