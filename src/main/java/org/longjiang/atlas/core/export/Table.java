package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Rows of text under a header: what every listing of atlas content becomes before CSV or JSON. */
public record Table(List<String> header, List<List<String>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String toCsv() {
        StringBuilder sb = new StringBuilder(Csv.row(header));
        rows.forEach(r -> sb.append(Csv.row(r)));
        return sb.toString();
    }

    /** This table with one more column, its cells computed from each row's index. */
    public Table withColumn(String heading, IntFunction<String> cell) {
        List<String> h = new ArrayList<>(header);
        h.add(heading);
        List<List<String>> r = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            row.add(cell.apply(i));
            r.add(row);
        }
        return new Table(h, r);
    }
}
