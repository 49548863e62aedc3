package org.longjiang.atlas.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.Series;

/**
 * Series of one printed table that share a unit and are drawn on one chart. For a stacked chart
 * {@code total} is the printed total column, drawn as a mark beside the stack so a total that is
 * not export + import shows; for a ranking {@code highlight} names the subjects the dossier is about.
 */
public record ChartSpec(
        ChartKind kind, String unit, List<Series> series, Optional<Series> total, Set<String> highlight) {

    public ChartSpec {
        series = List.copyOf(series);
        highlight = Set.copyOf(highlight);
    }

    /** Every printed period of the chart's series, in time order (ranges sorted by the year they end in). */
    public List<String> periods() {
        return StatTable.periodsOf(total.map(t -> concat(series, t)).orElse(series));
    }

    private static List<Series> concat(List<Series> a, Series b) {
        List<Series> all = new ArrayList<>(a);
        all.add(b);
        return all;
    }
}
