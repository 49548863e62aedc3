package org.longjiang.atlas.core.dossier;

import java.util.List;
import org.longjiang.atlas.core.i18n.Messages;

/** Writes a fact sheet as Markdown: headings, paragraphs, lists and pipe tables; charts become a line pointing to the table below. */
public final class FactSheetMarkdown {
    private FactSheetMarkdown() {}

    public static String render(List<FactSheet.Block> blocks, String lang) {
        Messages m = Messages.of(lang);
        StringBuilder sb = new StringBuilder();
        for (FactSheet.Block b : blocks) {
            if (b instanceof FactSheet.Heading h) {
                sb.append("#".repeat(h.level()))
                        .append(' ')
                        .append(inline(h.text()))
                        .append("\n\n");
            } else if (b instanceof FactSheet.Text t) {
                sb.append(t.quiet() ? "*" + inline(t.text()) + "*" : inline(t.text()))
                        .append("\n\n");
            } else if (b instanceof FactSheet.Bullets l) {
                l.items()
                        .forEach(i -> sb.append("- ")
                                .append(inline(i).replace("\n", "  \n  "))
                                .append('\n'));
                sb.append('\n');
            } else if (b instanceof FactSheet.Table t) {
                sb.append(row(t.header()));
                sb.append(row(t.header().stream().map(h -> "---").toList()));
                t.rows().forEach(r -> sb.append(row(r)));
                sb.append('\n');
            } else if (b instanceof FactSheet.Chart c) {
                sb.append("*")
                        .append(inline(m.get("factsheet.chartInTable", c.caption())))
                        .append("*\n\n");
            }
        }
        return sb.toString();
    }

    private static String row(List<String> cells) {
        return "| "
                + String.join(
                        " | ",
                        cells.stream().map(c -> inline(c).replace("|", "\\|")).toList()) + " |\n";
    }

    /** Characters Markdown would read as emphasis or markup are escaped: printed titles contain asterisks and brackets. */
    private static String inline(String s) {
        return s.replace("\\", "\\\\")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replace("<", "&lt;");
    }
}
