package org.longjiang.atlas.core.query;

import java.util.OptionalDouble;
import org.longjiang.atlas.core.model.PartialDate;

/** Reads printed periods ("2018", "2018-03", "2017-01/2017-06", "../2017-12") as positions on a time axis. */
public final class Periods {
    private Periods() {}

    /**
     * The period as a fractional year when it is a single year or month (2018 → 2018.0, 2018-03 →
     * 2018.1667); ranges and cumulative periods have no single position, so they are empty.
     */
    public static OptionalDouble point(String period) {
        if (period.contains("/")) return OptionalDouble.empty();
        try {
            PartialDate d = PartialDate.parse(period);
            return OptionalDouble.of(position(d));
        } catch (IllegalArgumentException e) {
            return OptionalDouble.empty();
        }
    }

    /** Where a date falls on a year axis: the start of its month (or of its year when no month is printed). */
    public static double position(PartialDate d) {
        return d.year() + d.month().map(m -> (m - 1) / 12.0).orElse(0.0);
    }

    /** The calendar year a period ends in, or -1 when none can be read; sorts ranges next to years. */
    public static int endYear(String period) {
        String end = period.contains("/") ? period.substring(period.lastIndexOf('/') + 1) : period;
        try {
            return PartialDate.parse(end).year();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
