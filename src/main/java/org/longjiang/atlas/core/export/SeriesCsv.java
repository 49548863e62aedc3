package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.StatTable;

/**
 * A table of series as CSV: a first line naming the source(s), a header of series titles with
 * units, then one row per printed period with the values exactly as printed (blank where the
 * paper prints nothing).
 */
public final class SeriesCsv {
    private SeriesCsv() {
    }

    public static String of(Atlas atlas, List<Series> series, String lang) {
        StringBuilder sb = new StringBuilder();
        Set<String> cites = new LinkedHashSet<>();
        for (Series s : series) cites.add(cite(atlas, s.source()));
        sb.append("# Source: ").append(String.join(" | ", cites)).append("\r\n");
        List<String> header = new ArrayList<>();
        header.add("period");
        series.forEach(s -> header.add(s.title().in(lang) + " (" + s.unit() + ")"));
        sb.append(Csv.row(header));
        for (String period : StatTable.periodsOf(series)) {
            List<String> row = new ArrayList<>();
            row.add(period);
            series.forEach(s -> row.add(StatTable.at(s, period).map(o -> o.value().toPlainString()).orElse("")));
            sb.append(Csv.row(row));
        }
        return sb.toString();
    }

    private static String cite(Atlas atlas, Citation c) {
        String loc = c.locator().isEmpty() ? "" : ", " + c.locator();
        return atlas.source(c.sourceId()).map(s -> CitationFormatter.apa(s) + loc).orElse(c.sourceId() + loc);
    }
}
