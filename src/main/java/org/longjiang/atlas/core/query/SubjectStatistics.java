package org.longjiang.atlas.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Series;

/**
 * Arranges the series attached to a subject into the tables and charts of its dossier: one
 * {@link StatTable} per printed table, a chart per unit, export and import stacked, growth rates
 * apart, single figures listed rather than charted, and ranking tables drawn across all their
 * subjects with the dossier's own highlighted.
 */
public final class SubjectStatistics {
    private static final Set<String> BAR_MEASURES = Set.of("share", "rank");

    private final Atlas atlas;

    public SubjectStatistics(Atlas atlas) {
        this.atlas = atlas;
    }

    /**
     * Every series about the subject, grouped by the table that prints it: tables with charts
     * first, the richest (most printed values) on top, so a dossier opens on its main table.
     */
    public List<StatTable> tables(String subjectId) {
        Map<String, List<Series>> whole = groups(atlas.series().stream().toList());
        Map<String, List<Series>> own = groups(atlas.series().stream()
                .filter(s -> s.subjects().contains(subjectId))
                .toList());
        List<StatTable> out = new ArrayList<>();
        own.forEach((group, series) -> out.add(
                isRanking(whole.get(group))
                        ? ranking(group, whole.get(group), series, subjectId)
                        : table(group, series)));
        out.sort(Comparator.comparing((StatTable t) -> t.charts().isEmpty())
                .thenComparing(t -> -t.series().stream()
                        .mapToInt(x -> x.observations().size())
                        .sum()));
        return out;
    }

    /** Charts for series the user chose to compare, from any tables: one chart per unit, never two units on one axis. */
    public static List<ChartSpec> comparison(List<Series> series) {
        Map<String, List<Series>> byUnit =
                series.stream().collect(Collectors.groupingBy(Series::unit, LinkedHashMap::new, Collectors.toList()));
        return byUnit.values().stream()
                .map(b -> new ChartSpec(kindOf(b), b.get(0).unit(), b, Optional.empty(), Set.of()))
                .toList();
    }

    private static Map<String, List<Series>> groups(List<Series> series) {
        Map<String, List<Series>> out = new LinkedHashMap<>();
        series.forEach(s -> out.computeIfAbsent(s.tableGroup().orElse(s.id()), k -> new ArrayList<>())
                .add(s));
        return out;
    }

    /** A table printing one value per subject for the same period, for many subjects: a ranking, not a time series. */
    private static boolean isRanking(List<Series> group) {
        Set<String> periods = group.stream()
                .flatMap(s -> s.observations().stream())
                .map(o -> o.period())
                .collect(Collectors.toSet());
        long subjects = group.stream().map(Series::subjects).distinct().count();
        return periods.size() == 1
                && subjects >= 3
                && group.stream().allMatch(s -> s.observations().size() == 1);
    }

    private static StatTable ranking(String group, List<Series> whole, List<Series> own, String subjectId) {
        List<ChartSpec> charts = new ArrayList<>();
        for (Series s : own) {
            if (s.measure().equals("rank")) continue;
            List<Series> peers = whole.stream()
                    .filter(p -> p.measure().equals(s.measure()) && p.unit().equals(s.unit()))
                    .toList();
            charts.add(new ChartSpec(ChartKind.RANKING, s.unit(), peers, Optional.empty(), Set.of(subjectId)));
        }
        return new StatTable(group, whole.get(0).source(), charts, List.of(), List.of(), whole);
    }

    private static StatTable table(String group, List<Series> series) {
        List<Series> main =
                series.stream().filter(s -> !s.measure().equals("growth")).toList();
        List<Series> growth =
                series.stream().filter(s -> s.measure().equals("growth")).toList();
        List<Series> figures = new ArrayList<>();
        List<ChartSpec> charts = charts(main, figures);
        List<ChartSpec> growthCharts = charts(growth, figures);
        List<Series> orderedFigures = series.stream().filter(figures::contains).toList();
        return new StatTable(group, series.get(0).source(), charts, growthCharts, orderedFigures, series);
    }

    /**
     * One chart per unit. A unit where no series prints two values goes to the figures list: two
     * different one-off figures (a year's runs and the cumulative runs) are not a series to draw.
     */
    private static List<ChartSpec> charts(List<Series> series, List<Series> figures) {
        Map<String, List<Series>> byUnit =
                series.stream().collect(Collectors.groupingBy(Series::unit, LinkedHashMap::new, Collectors.toList()));
        List<ChartSpec> out = new ArrayList<>();
        for (List<Series> bucket : byUnit.values()) {
            if (bucket.stream().allMatch(s -> s.observations().size() < 2)) {
                figures.addAll(bucket);
                continue;
            }
            Map<String, Series> byMeasure = bucket.stream()
                    .collect(Collectors.toMap(Series::measure, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            List<Series> rest = new ArrayList<>(bucket);
            if (byMeasure.containsKey("export") && byMeasure.containsKey("import")) {
                Series ex = byMeasure.get("export"), im = byMeasure.get("import");
                Optional<Series> total = Optional.ofNullable(byMeasure.get("total"));
                out.add(new ChartSpec(ChartKind.STACKED, ex.unit(), List.of(ex, im), total, Set.of()));
                rest.remove(ex);
                rest.remove(im);
                total.ifPresent(rest::remove);
            }
            if (!rest.isEmpty())
                out.add(new ChartSpec(kindOf(rest), rest.get(0).unit(), rest, Optional.empty(), Set.of()));
        }
        return out;
    }

    private static ChartKind kindOf(List<Series> series) {
        if (series.stream().allMatch(s -> BAR_MEASURES.contains(s.measure()))) return ChartKind.BAR;
        List<String> periods = StatTable.periodsOf(series);
        boolean points = periods.stream().allMatch(p -> Periods.point(p).isPresent());
        return points && periods.size() >= 3 ? ChartKind.LINE : ChartKind.BAR;
    }
}
