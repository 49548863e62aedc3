package org.longjiang.atlas.core.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;

/**
 * A printed table laid out for reading: rows are periods (a time series) or subjects (a ranking
 * such as the top ten e-commerce markets), columns are series, cells the values as printed. The
 * panel's table view, the CSV and the fact sheet all read the same grid.
 */
public final class ValueGrid {
    /** A column: its heading and unit, and the series that fills it (one per row in a ranking). */
    public record Column(String title, String unit, List<Series> series) {
        public Column {
            series = List.copyOf(series);
        }
    }

    /** A filled cell: the series and the printed observation. */
    public record Cell(Series series, Observation observation) {}

    private final String rowHeading;
    private final List<String> rows;
    private final List<Column> columns;
    private final Function<String, String> rowOfSeries;

    private ValueGrid(
            String rowHeading, List<String> rows, List<Column> columns, Function<String, String> rowOfSeries) {
        this.rowHeading = rowHeading;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.rowOfSeries = rowOfSeries;
    }

    /** The grid for a dossier table: by subject when it is a ranking, by period otherwise; single figures left out. */
    public static ValueGrid of(StatTable table, String lang, Function<String, String> subjectName) {
        boolean ranking =
                !table.charts().isEmpty() && table.charts().stream().allMatch(c -> c.kind() == ChartKind.RANKING);
        List<Series> tabulated = table.series().stream()
                .filter(s -> !table.figures().contains(s))
                .toList();
        return ranking ? bySubject(table.series(), lang, subjectName) : byPeriod(tabulated, lang);
    }

    /** One row per printed period, one column per series. */
    public static ValueGrid byPeriod(List<Series> series, String lang) {
        List<Column> columns = series.stream()
                .map(s -> new Column(s.title().in(lang), s.unit(), List.of(s)))
                .toList();
        return new ValueGrid("period", StatTable.periodsOf(series), columns, null);
    }

    /**
     * One row per subject, one column per kind of value: series titled "Japan: population" and
     * "Russia: population" fill the same column, headed by what follows the colon.
     */
    public static ValueGrid bySubject(List<Series> series, String lang, Function<String, String> subjectName) {
        Map<String, List<Series>> byKind = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        for (Series s : series) {
            String heading = columnHeading(s.title().in(lang));
            byKind.computeIfAbsent(heading + "\u0000" + s.unit(), k -> new ArrayList<>())
                    .add(s);
            String row = subjectName.apply(s.subjects().get(0));
            if (!rows.contains(row)) rows.add(row);
        }
        List<Column> columns = new ArrayList<>();
        byKind.forEach((key, list) -> columns.add(
                new Column(key.substring(0, key.indexOf('\u0000')), list.get(0).unit(), list)));
        return new ValueGrid("subject", rows, columns, id -> subjectName.apply(id));
    }

    /** What a ranking column holds: the part of a series title after its subject ("Japan: population" → "population"). */
    public static String columnHeading(String seriesTitle) {
        int colon = seriesTitle.indexOf(": ");
        return colon < 0 ? seriesTitle : seriesTitle.substring(colon + 2);
    }

    /** "period" or "subject": what the rows are. */
    public String rowHeading() {
        return rowHeading;
    }

    public List<String> rows() {
        return rows;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The printed value at a row and column, if the paper prints one there. */
    public Optional<Cell> cell(String row, Column column) {
        for (Series s : column.series()) {
            if (rowOfSeries == null) {
                Optional<Observation> o = StatTable.at(s, row);
                if (o.isPresent()) return Optional.of(new Cell(s, o.get()));
            } else if (rowOfSeries.apply(s.subjects().get(0)).equals(row)
                    && !s.observations().isEmpty()) {
                return Optional.of(new Cell(s, s.observations().get(0)));
            }
        }
        return Optional.empty();
    }
}
