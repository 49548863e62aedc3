package org.longjiang.atlas.core.io;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.PartialDate;

/**
 * The dates and periods a data file may hold, checked before they reach the model: ASCII digits
 * only (Java's number parsing also takes full-width {@code ２０１５}) and real calendar days (no
 * {@code 2015-02-30}). Periods are a date, {@code D/D} (a span, start not after end), {@code ../D}
 * (up to D) or {@code D/..} (from D).
 */
final class StrictDates {
    private static final Pattern DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    private StrictDates() {}

    /** The date, or an {@link InvalidValue} that says what is wrong. */
    static PartialDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) throw new InvalidValue("problem.date", Values.quote(text));
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) throw new InvalidValue("problem.month", Values.quote(text));
            if (m.group(3) != null) {
                int day = Integer.parseInt(m.group(3));
                int days = YearMonth.of(year, month).lengthOfMonth();
                if (day < 1 || day > days) throw new InvalidValue("problem.day", Values.quote(text), days);
            }
        }
        return PartialDate.parse(text);
    }

    /** Checks a printed period; throws with the reason when it is not one of the four forms. */
    static void period(String text) {
        if (text.equals(Observation.UNDATED)) return;
        String[] ends = text.split("/", -1);
        if (ends.length == 1) {
            date(text);
            return;
        }
        if (ends.length != 2 || (ends[0].equals("..") && ends[1].equals("..")))
            throw new InvalidValue("problem.period", Values.quote(text));
        PartialDate from = ends[0].equals("..") ? null : date(ends[0]);
        PartialDate to = ends[1].equals("..") ? null : date(ends[1]);
        if (from != null && to != null && from.compareTo(to) > 0)
            throw new InvalidValue("problem.periodOrder", Values.quote(text));
    }
}
