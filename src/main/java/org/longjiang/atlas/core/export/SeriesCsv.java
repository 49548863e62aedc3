package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.query.ValueGrid;

/**
 * A table of values as CSV: a first line naming the source(s), a header of column titles with
 * units, then one row per period (or subject) with the values exactly as printed, blank where
 * the paper prints nothing.
 */
public final class SeriesCsv {
    private SeriesCsv() {}

    public static String of(Atlas atlas, ValueGrid grid) {
        StringBuilder sb = new StringBuilder();
        Set<String> cites = new LinkedHashSet<>();
        grid.columns().forEach(c -> c.series().forEach(s -> cites.add(cite(atlas, s.source()))));
        sb.append("# Source: ").append(String.join(" | ", cites)).append("\r\n");
        List<String> header = new ArrayList<>();
        header.add(grid.rowHeading());
        grid.columns().forEach(c -> header.add(c.title() + " (" + c.unit() + ")"));
        sb.append(Csv.row(header));
        for (String row : grid.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(row);
            grid.columns()
                    .forEach(c -> fields.add(grid.cell(row, c)
                            .map(v -> v.observation().value().toPlainString())
                            .orElse("")));
            sb.append(Csv.row(fields));
        }
        return sb.toString();
    }

    private static String cite(Atlas atlas, Citation c) {
        String loc = c.locator().isEmpty() ? "" : ", " + c.locator();
        return atlas.source(c.sourceId())
                .map(s -> CitationFormatter.apa(s) + loc)
                .orElse(c.sourceId() + loc);
    }
}
