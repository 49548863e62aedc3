package org.longjiang.atlas.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;

/**
 * One printed table (or one passage of running text) as the dossier shows it: its charts, the
 * growth rates for the secondary view, the single figures that make no chart, and every series
 * for the table view.
 */
public record StatTable(
        String id,
        Citation source,
        List<ChartSpec> charts,
        List<ChartSpec> growth,
        List<Series> figures,
        List<Series> series) {

    public StatTable {
        charts = List.copyOf(charts);
        growth = List.copyOf(growth);
        figures = List.copyOf(figures);
        series = List.copyOf(series);
    }

    /** Every period printed in the table, in time order. */
    public List<String> periods() {
        return periodsOf(series);
    }

    /** Every period printed by any of these series, in time order (ranges sorted by the year they end in). */
    public static List<String> periodsOf(List<Series> series) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        series.forEach(s -> s.observations().forEach(o -> seen.add(o.period())));
        List<String> out = new ArrayList<>(seen);
        out.sort(Comparator.comparingInt(Periods::endYear)
                .thenComparing(p -> p.contains("/") ? 1 : 0)
                .thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /** The value a series prints for a period, if it prints one. */
    public static Optional<Observation> at(Series s, String period) {
        return s.observations().stream().filter(o -> o.period().equals(period)).findFirst();
    }
}
