package org.longjiang.atlas.core.export;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
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
    public static String title() {
        return Messages.get("gk.title");
    }

    /** "a date (opened 2014-05-26); China News Service report of 26 May 2014". */
    public static String describe(Citation c) {
        String what = c.supplies().isEmpty() ? Messages.get("gk.unspecified") : words(c.supplies());
        String detail = c.section().map(s -> " (" + s + ")").orElse("");
        return what + detail + c.reference().map(r -> "; " + r).orElse("");
    }

    /** "General knowledge (not from the papers): a date; China News Service report of 26 May 2014". */
    public static String cite(Citation c) {
        return Messages.get("gk.cite", title(), describe(c));
    }

    /** "dates, coordinates": what general knowledge supplied, for a one-line credit. */
    public static String words(Collection<Supplied> supplied) {
        return supplied.stream()
                .distinct()
                .sorted()
                .map(s -> Messages.get("supplies." + s.id()))
                .collect(Collectors.joining(", "));
    }

    /** "General knowledge, not from the papers: dates, coordinates" — the credit line's last entry. */
    public static String credit(List<Supplied> supplied) {
        return supplied.isEmpty() ? Messages.get("gk.credit.plain") : Messages.get("gk.credit", words(supplied));
    }
}
