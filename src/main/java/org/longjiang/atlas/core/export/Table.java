package org.longjiang.atlas.core.export;

import java.util.List;

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
}
