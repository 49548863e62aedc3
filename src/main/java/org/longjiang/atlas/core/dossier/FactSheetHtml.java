package org.longjiang.atlas.core.dossier;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.longjiang.atlas.core.query.ChartSpec;

/** Writes a fact sheet as one self-contained HTML page: styles inline, charts as embedded PNG images. */
public final class FactSheetHtml {
    private static final String STYLE =
            "body{font-family:'Noto Sans','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;"
                    + "max-width:60em;margin:2em auto;color:#22313f;line-height:1.45}h1{color:#1f3344;margin-bottom:.2em}"
                    + "h2{border-bottom:1px solid #cfd8df;margin-top:1.6em}h3{margin-bottom:.3em}.quiet{color:#5b6b78;font-size:.9em}"
                    + "table{border-collapse:collapse;font-size:.85em;margin:.5em 0}th,td{border:1px solid #cfd8df;padding:2px 6px}"
                    + "td{text-align:right}td:first-child{text-align:left}th{background:#f4f8fb}img{max-width:100%;display:block}"
                    + "figure{margin:.5em 0}figcaption{color:#5b6b78;font-size:.85em;font-style:italic}"
                    + "@media print{body{margin:0;max-width:none}h2{break-after:avoid}figure,table{break-inside:avoid}}";

    private FactSheetHtml() {}

    /** Renders the blocks; {@code chartPng} gives a chart's PNG as base64, or empty to leave the chart to its table. */
    public static String render(
            List<FactSheet.Block> blocks, String lang, Function<ChartSpec, Optional<String>> chartPng) {
        String title = blocks.stream()
                .filter(b -> b instanceof FactSheet.Heading)
                .map(b -> ((FactSheet.Heading) b).text())
                .findFirst()
                .orElse("");
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(esc(lang))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        for (FactSheet.Block b : blocks) {
            if (b instanceof FactSheet.Heading h) {
                sb.append("<h")
                        .append(h.level())
                        .append('>')
                        .append(esc(h.text()))
                        .append("</h")
                        .append(h.level())
                        .append(">\n");
            } else if (b instanceof FactSheet.Text t) {
                sb.append(t.quiet() ? "<p class=\"quiet\">" : "<p>")
                        .append(esc(t.text()))
                        .append("</p>\n");
            } else if (b instanceof FactSheet.Bullets l) {
                sb.append("<ul>\n");
                l.items()
                        .forEach(i -> sb.append("<li>")
                                .append(esc(i).replace("\n", "<br>"))
                                .append("</li>\n"));
                sb.append("</ul>\n");
            } else if (b instanceof FactSheet.Table t) {
                sb.append("<table>\n<tr>");
                t.header().forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
                sb.append("</tr>\n");
                for (List<String> r : t.rows()) {
                    sb.append("<tr>");
                    r.forEach(c -> sb.append("<td>").append(esc(c)).append("</td>"));
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            } else if (b instanceof FactSheet.Chart c) {
                chartPng.apply(c.spec())
                        .ifPresent(png -> sb.append("<figure><img alt=\"")
                                .append(esc(c.caption()))
                                .append("\" src=\"data:image/png;base64,")
                                .append(png)
                                .append("\"><figcaption>")
                                .append(esc(c.caption()))
                                .append("</figcaption></figure>\n"));
            }
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
