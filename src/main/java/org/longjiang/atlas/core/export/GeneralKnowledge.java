package org.longjiang.atlas.core.export;

import java.util.Collection;
import java.util.List;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Supplied;

/**
 * How facts from general knowledge are credited: never as if a paper printed them, but listed apart,
 * saying what they supplied (a date, coordinates, a route…) and the report behind them where there is one.
 */
public final class GeneralKnowledge {
    private GeneralKnowledge() {}

    /** "General knowledge (not from the papers)". */
    public static String title(Messages m) {
        return m.get("gk.title");
    }

    /** "a date (opened 2014-05-26); China News Service report of 26 May 2014". */
    public static String describe(Citation c, Messages m) {
        String what = c.supplies().isEmpty() ? m.get("gk.unspecified") : words(c.supplies(), m);
        String detail = c.section().map(s -> m.get("gk.about", what, s)).orElse(what);
        return c.reference().map(r -> m.get("gk.reference", detail, m.text(r))).orElse(detail);
    }

    /** "General knowledge (not from the papers): a date; China News Service report of 26 May 2014". */
    public static String cite(Citation c, Messages m) {
        return m.get("gk.cite", title(m), describe(c, m));
    }

    /** "dates, coordinates": what general knowledge supplied, for a one-line credit. */
    public static String words(Collection<Supplied> supplied, Messages m) {
        return supplied.stream()
                .distinct()
                .sorted()
                .map(s -> m.get("supplies." + s.id()))
                .reduce((a, b) -> m.get("list.and", a, b))
                .orElse("");
    }

    /** "General knowledge, not from the papers: dates, coordinates" — the credit line's last entry. */
    public static String credit(List<Supplied> supplied, Messages m) {
        return supplied.isEmpty() ? m.get("gk.credit.plain") : m.get("gk.credit", words(supplied, m));
    }
}
