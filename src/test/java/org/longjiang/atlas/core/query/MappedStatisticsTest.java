package org.longjiang.atlas.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.Atlas;

/** "Size places by": circles by area for the year's printed value, scaled to the column's largest value. */
class MappedStatisticsTest {
    static final Atlas ATLAS = AtlasLoader.loadBundled().atlas();

    static MappedStatistics.Statistic trade() {
        return MappedStatistics.of(ATLAS, Atlas.PROVINCE_ID).stream()
                .filter(s -> s.first().source().table().equals(Optional.of("Table 5")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void areaIsProportionalToThePrintedValue() {
        var stat = trade();
        List<MappedStatistics.Circle> circles = stat.circles(Optional.of(2016), 34, 3);
        var russia = circles.stream()
                .filter(c -> c.placeId().equals("russia"))
                .findFirst()
                .orElseThrow();
        var japan = circles.stream()
                .filter(c -> c.placeId().equals("japan"))
                .findFirst()
                .orElseThrow();
        double ratio =
                japan.value().value().doubleValue() / russia.value().value().doubleValue();
        assertEquals(ratio, Math.pow(japan.radius() / russia.radius(), 2), 1e-9, "areas, not radii, in proportion");
        assertTrue(circles.stream().allMatch(c -> c.radius() >= 3 && c.radius() <= 34));
    }

    @Test
    void theLargestPrintedValueOfAnyYearGetsTheLargestCircle() {
        var stat = trade();
        double max = stat.byPlace().values().stream()
                .flatMap(s -> s.observations().stream())
                .mapToDouble(o -> o.value().doubleValue())
                .max()
                .orElseThrow();
        var all = stat.byPlace().keySet().stream()
                .flatMap(p -> stat.byPlace().get(p).observations().stream())
                .filter(o -> o.value().doubleValue() == max)
                .findFirst()
                .orElseThrow();
        int year = Periods.endYear(all.period());
        double biggest = stat.circles(Optional.of(year), 34, 3).stream()
                .mapToDouble(MappedStatistics.Circle::radius)
                .max()
                .orElseThrow();
        assertEquals(34, biggest, 1e-9);
    }

    @Test
    void aYearTheTableDoesNotPrintHasNoCircles() {
        assertEquals(List.of(), trade().circles(Optional.of(1990), 34, 3));
        assertEquals(
                trade().circles(Optional.of(trade().lastYear()), 34, 3),
                trade().circles(Optional.empty(), 34, 3),
                "today shows the last printed year");
    }
}
