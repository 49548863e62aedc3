package org.longjiang.atlas.core.model;

import java.util.Optional;

/** A date known to the year, the month or the day, kept as precise as it was printed. */
public record PartialDate(int year, Optional<Integer> month, Optional<Integer> day) implements Comparable<PartialDate> {

    public PartialDate {
        if (month.isPresent() && (month.get() < 1 || month.get() > 12)) {
            throw new IllegalArgumentException("month out of range: " + month.get());
        }
        if (day.isPresent() && (month.isEmpty() || day.get() < 1 || day.get() > 31)) {
            throw new IllegalArgumentException("day out of range: " + day.get());
        }
    }

    /** Parses {@code 2015}, {@code 2015-06} or {@code 2015-06-13}. */
    public static PartialDate parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length == 0 || parts.length > 3 || parts[0].length() != 4) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + text);
        }
        try {
            int y = Integer.parseInt(parts[0]);
            Optional<Integer> m = parts.length > 1 ? Optional.of(Integer.parseInt(parts[1])) : Optional.empty();
            Optional<Integer> d = parts.length > 2 ? Optional.of(Integer.parseInt(parts[2])) : Optional.empty();
            return new PartialDate(y, m, d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + text, e);
        }
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month.orElse(0), o.month.orElse(0));
        if (c == 0) c = Integer.compare(day.orElse(0), o.day.orElse(0));
        return c;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("%04d", year));
        month.ifPresent(m -> sb.append(String.format("-%02d", m)));
        day.ifPresent(d -> sb.append(String.format("-%02d", d)));
        return sb.toString();
    }
}
