package org.longjiang.atlas.core.export;

import java.util.List;
import java.util.stream.Collectors;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Source;

/** Formats a source as a full reference in APA (7th ed.) or GB/T 7714-2015 style. */
public final class CitationFormatter {

    private static final int SHORT_TITLE = 38;

    private CitationFormatter() {}

    public static String apa(Source s) {
        if (s.generalKnowledge()) return GeneralKnowledge.title();
        StringBuilder sb = new StringBuilder();
        // APA moves the title to the author's place when there is no author; a supplied title goes in brackets.
        if (s.authors().isEmpty()) {
            sb.append(title(s))
                    .append(". (")
                    .append(s.year().map(String::valueOf).orElse("n.d."))
                    .append(").");
        } else {
            sb.append(apaAuthors(s.authors())).append(' ');
            sb.append('(').append(s.year().map(String::valueOf).orElse("n.d.")).append("). ");
            sb.append(title(s)).append('.');
        }
        s.container().ifPresent(c -> {
            sb.append(' ').append(c);
            s.volume().ifPresent(v -> sb.append(", ").append(v));
            s.issue().ifPresent(i -> sb.append('(').append(i).append(')'));
            s.pages().ifPresent(p -> sb.append(", ").append(p));
            sb.append('.');
        });
        s.publisher().ifPresent(p -> sb.append(' ').append(p).append('.'));
        s.doi().ifPresent(d -> sb.append(" https://doi.org/").append(d));
        if (s.doi().isEmpty()) s.url().ifPresent(u -> sb.append(' ').append(u));
        return sb.toString();
    }

    public static String gbt7714(Source s) {
        if (s.generalKnowledge()) return GeneralKnowledge.title();
        StringBuilder sb = new StringBuilder();
        sb.append(s.authors().isEmpty() ? "Anon" : gbAuthors(s.authors())).append(". ");
        sb.append(title(s)).append(s.container().isPresent() ? "[J]. " : "[Z]. ");
        s.container().ifPresent(c -> sb.append(c).append(", "));
        s.year().ifPresent(y -> sb.append(y));
        s.volume().ifPresent(v -> sb.append(", ").append(v));
        s.issue().ifPresent(i -> sb.append('(').append(i).append(')'));
        s.pages().ifPresent(p -> sb.append(": ").append(p));
        sb.append('.');
        s.doi().ifPresent(d -> sb.append(" DOI:").append(d).append('.'));
        return sb.toString().replace(", .", ".").replace(". .", ".");
    }

    /**
     * "Song Linlin (2020), Table 3" — the short form shown next to a figure. Without a printed
     * year the paper's title (shortened) tells the author's papers apart instead.
     */
    public static String shortForm(Source s, Citation c) {
        if (s.generalKnowledge()) return GeneralKnowledge.cite(c);
        String who = s.authors().isEmpty()
                ? (s.titleSupplied() ? "[" + shortTitle(s.title()) + "]" : shortTitle(s.title()))
                : s.authors().get(0) + (s.authors().size() > 1 ? " et al." : "");
        String when = s.year()
                .map(y -> " (" + y + ")")
                .orElse(s.authors().isEmpty() ? " (n.d.)" : ", " + shortTitle(s.title()));
        String where = c.locator();
        return who + when + (where.isEmpty() ? "" : ", " + where);
    }

    /** The title as printed, or in brackets when the paper prints none and the atlas describes it. */
    private static String title(Source s) {
        return s.titleSupplied() ? "[" + s.title() + "]" : s.title();
    }

    static String shortTitle(String title) {
        if (title.length() <= SHORT_TITLE) return title;
        int cut = title.lastIndexOf(' ', SHORT_TITLE);
        return title.substring(0, cut > 20 ? cut : SHORT_TITLE) + "...";
    }

    private static String apaAuthors(List<String> authors) {
        if (authors.size() == 1) return authors.get(0) + ".";
        return authors.subList(0, authors.size() - 1).stream().collect(Collectors.joining(", ")) + ", & "
                + authors.get(authors.size() - 1) + ".";
    }

    private static String gbAuthors(List<String> authors) {
        List<String> shown = authors.size() > 3 ? authors.subList(0, 3) : authors;
        return String.join(", ", shown) + (authors.size() > 3 ? ", et al" : "");
    }
}
