package org.longjiang.atlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.query.Change;
import org.longjiang.atlas.core.query.YearComparison;
import org.longjiang.atlas.core.query.YearFilter;

/**
 * What the shipped atlas says existed when: the status of records in 2010, 2016, 2020 and 2023 is
 * pinned, so a data edit that puts a route on the map before its evidence fails here.
 */
class BundledHistoryTest {
    static final Atlas ATLAS = BundledAtlasTest.LOADED.atlas();
    final YearFilter filter = new YearFilter(ATLAS, 2026);

    private static final Status P = Status.PROPOSED;
    private static final Status C = Status.UNDER_CONSTRUCTION;
    private static final Status O = Status.OPERATING;
    private static final Status S = Status.SUSPENDED;

    private void assertStatuses(int year, Map<String, Optional<Status>> expected) {
        Map<String, Optional<Status>> actual = new LinkedHashMap<>();
        expected.keySet().forEach(id -> actual.put(id, filter.statusIn(id, year)));
        assertEquals(expected, actual, "statuses in " + year);
    }

    private static Map<String, Optional<Status>> of(Object... idAndStatus) {
        Map<String, Optional<Status>> m = new LinkedHashMap<>();
        for (int i = 0; i < idAndStatus.length; i += 2)
            m.put((String) idAndStatus[i], Optional.ofNullable((Status) idAndStatus[i + 1]));
        return m;
    }

    @Test
    void in2010NothingOfTheBeltOrItsLaterRoutesExistsAndTheBridgesAreOnlyAgreed() {
        assertStatuses(
                2010,
                of(
                        "longjiang-belt-west", null,
                        "longjiang-belt-north", null,
                        "longjiang-belt-east", null,
                        "longjiang-belt-south", null,
                        "china-mongolia-russia-economic-corridor", null,
                        "primorye-1-corridor", null,
                        "primorye-2-corridor", null,
                        "harbin-suifenhe-busan-land-sea", null,
                        "harbin-novosibirsk-air", null,
                        "harbin-krasnoyarsk-air", null,
                        "harbin-yekaterinburg-air", null,
                        "dalian-tongjiang-siberia-line", null,
                        "blagoveshchensk-siberia-bam-line", null,
                        "heihe-blagoveshchensk-bridge", P,
                        "tongjiang-nizhneleninskoye-bridge", P,
                        "mohe-daqing-oil-pipeline", C,
                        "suifenhe-manzhouli-railway", O,
                        "fuyuan-airport", null,
                        "mohe-airport", O,
                        "heixiazi-island", O));
    }

    @Test
    void in2016TheBeltIsInUseAndTheBridgesAreBeingBuilt() {
        assertStatuses(
                2016,
                of(
                        "longjiang-belt-west", O,
                        "longjiang-belt-north", P,
                        "heihe-blagoveshchensk-bridge", C,
                        "tongjiang-nizhneleninskoye-bridge", C,
                        "dalian-tongjiang-siberia-line", null,
                        "harbin-yekaterinburg-air", O,
                        "harbin-suifenhe-busan-land-sea", O,
                        "power-of-siberia-gas-pipeline", C,
                        "east-route-gas-heihe-changling", C,
                        "east-route-gas-yongqing-shanghai", null,
                        "heihe-blagoveshchensk-power-line", O,
                        "dongning-poltavka-bridge", P));
    }

    @Test
    void in2020TheBridgesAreStillBuiltAndTheGasReachesOnlyTheMiddleSection() {
        assertStatuses(
                2020,
                of(
                        "heihe-blagoveshchensk-bridge", C,
                        "tongjiang-nizhneleninskoye-bridge", C,
                        "east-route-gas-heihe-changling", O,
                        "east-route-gas-changling-yongqing", O,
                        "east-route-gas-yongqing-shanghai", C,
                        "east-route-gas-pipeline", C,
                        "dalian-tongjiang-siberia-line", P,
                        "longjiang-belt-north", P));
    }

    @Test
    void in2023TheBridgesAndWhatRunsOverThemOperateAndThePowerLineIsCut() {
        assertStatuses(
                2023,
                of(
                        "heihe-blagoveshchensk-bridge", O,
                        "tongjiang-nizhneleninskoye-bridge", O,
                        "dalian-tongjiang-siberia-line", O,
                        "longjiang-belt-north", O,
                        "blagoveshchensk-siberia-bam-line", O,
                        "heihe-blagoveshchensk-power-line", S,
                        "east-route-gas-yongqing-shanghai", C,
                        "mohe-airport", O,
                        "harbin-suifenhe-niigata-land-sea", P,
                        "arctic-europe-asia-cable", P));
        assertEquals(Optional.of(O), filter.statusIn("east-route-gas-yongqing-shanghai", 2024));
    }

    @Test
    void theChangesFrom2013To2023NameBothBridgesAndTheGasPipeline() {
        List<Change> changes = new YearComparison(ATLAS, filter).changes(2013, 2023);
        List<String> ids = changes.stream().map(c -> c.subject().id()).toList();
        assertTrue(
                ids.containsAll(List.of(
                        "heihe-blagoveshchensk-bridge",
                        "tongjiang-nizhneleninskoye-bridge",
                        "east-route-gas-pipeline",
                        "east-route-gas-heihe-changling")),
                ids.toString());
        Change tongjiang = changes.stream()
                .filter(c -> c.subject().id().equals("dalian-tongjiang-siberia-line"))
                .findFirst()
                .orElseThrow();
        assertEquals("2022-11", tongjiang.date().orElseThrow().toString());
        assertTrue(
                changes.stream()
                        .allMatch(c -> c.date().isPresent() && !c.sources().isEmpty()),
                "each dated and sourced");
    }

    @Test
    void everyPlaceAndLinkHasADatedLifecycleOrIsNamedByAPaperOrIsTimeless() {
        long undated = ATLAS.places().stream()
                        .filter(p -> p.lifecycle().isEmpty() && !p.kind().timeless())
                        .count()
                + ATLAS.links().stream().filter(l -> l.lifecycle().isEmpty()).count();
        assertEquals(9, undated, "shown from their first paper, with the date marked unknown");
    }
}
