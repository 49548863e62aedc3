package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Glossary;
import org.longjiang.atlas.core.model.Source;

/**
 * Formats a source as a full reference in APA (7th ed.) or GB/T 7714-2015 style, and the short
 * form shown beside a value. A paper's title, authors and journal are its own and stay as printed;
 * GB/T 7714 keeps its document codes ([J], [Z]) and, for these English works, its "et al"; what the
 * atlas adds — "no date", a title it wrote itself (general knowledge), the short form — is in the
 * reader's language.
 */
public final class CitationFormatter {

    private static final int SHORT_TITLE = 38;
    private static final Pattern TABLE = Pattern.compile("Table (\\S+)");

    private CitationFormatter() {}

    /** The reference in English, as data exports and the clipboard's CSV carry it. */
    public static String apa(Source s) {
        return apa(s, Messages.english());
    }

    public static String apa(Source s, Messages m) {
        StringBuilder sb = new StringBuilder();
        if (!s.authors().isEmpty()) sb.append(apaAuthors(s.authors())).append(' ');
        sb.append('(')
                .append(s.year().map(String::valueOf).orElse(m.get("citation.noDate")))
                .append("). ");
        sb.append(title(s, m)).append('.');
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

    public static String gbt7714(Source s, Messages m) {
        StringBuilder sb = new StringBuilder();
        if (!s.authors().isEmpty()) sb.append(gbAuthors(s.authors())).append(". ");
        sb.append(title(s, m)).append(s.container().isPresent() ? "[J]. " : "[Z]. ");
        s.container().ifPresent(c -> sb.append(c).append(", "));
        s.year().ifPresent(y -> sb.append(y));
        s.volume().ifPresent(v -> sb.append(", ").append(v));
        s.issue().ifPresent(i -> sb.append('(').append(i).append(')'));
        s.pages().ifPresent(p -> sb.append(": ").append(p));
        sb.append('.');
        s.doi().ifPresent(d -> sb.append(" DOI:").append(d).append('.'));
        return sb.toString().replace(", .", ".").replace(". .", ".");
    }

    /** A paper's own title as printed; a title the atlas wrote, in the reader's language. */
    public static String title(Source s, Messages m) {
        return s.ownTitle() ? s.title().en() : m.text(s.title());
    }

    /**
     * "Song Linlin (2020), Table 3" / "Song Linlin (2020)，表3" — the short form shown next to a
     * figure. Without a printed year the paper's title (shortened) tells the author's papers apart.
     */
    public static String shortForm(Source s, Citation c, Messages m, Glossary glossary) {
        // An untitled paper's recorded title starts with a bracketed remark; the short form keeps the words after it.
        String who = s.authors().isEmpty()
                ? shortTitle(title(s, m).replaceFirst("^[\\[【［][^\\]】］]*[\\]】］]\\s*", ""))
                : author(s, m);
        String when = s.year()
                .map(y -> m.get("citation.year", who, m.year(y)))
                .orElse(s.authors().isEmpty() ? who : m.get("citation.titled", who, shortTitle(title(s, m))));
        String where = locator(c, m, glossary);
        return where.isEmpty() ? when : m.get("citation.at", when, where);
    }

    /** A paper's section as it heads it; a plain heading ("Abstract", "Introduction") in the reader's language. */
    private static String section(String heading, Messages m, Glossary glossary) {
        return glossary.has(Glossary.Kind.SECTION, heading)
                ? m.text(glossary.term(Glossary.Kind.SECTION, heading))
                : heading;
    }

    /** "Song Linlin" or "Song Linlin et al." / "Song Linlin等" / "Song Linlin и др.". */
    public static String author(Source s, Messages m) {
        return s.authors().size() > 1
                ? m.get("citation.etAl", s.authors().get(0))
                : s.authors().get(0);
    }

    /**
     * "Table 3, §3.2, p. 5" in the reader's language (表3 / табл. 3); a paper's own section headings
     * stay as printed, but plain ones ("Abstract") and a general-knowledge topic are translated by the glossary.
     */
    public static String locator(Citation c, Messages m, Glossary glossary) {
        List<String> parts = new ArrayList<>();
        c.table().ifPresent(t -> {
            Matcher n = TABLE.matcher(t);
            parts.add(n.matches() ? m.get("citation.table", n.group(1)) : t);
        });
        c.section()
                .ifPresent(s -> parts.add(
                        c.sourceId().equals(Source.GENERAL_KNOWLEDGE)
                                ? m.text(glossary.term(Glossary.Kind.SECTION, s))
                                : m.get("citation.section", section(s, m, glossary))));
        c.page().ifPresent(p -> parts.add(m.get("citation.page", p)));
        return parts.stream().reduce((a, b) -> m.get("citation.and", a, b)).orElse("");
    }

    private static String shortTitle(String title) {
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
