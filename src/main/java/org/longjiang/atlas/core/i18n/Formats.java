package org.longjiang.atlas.core.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.GroupingStrategy;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.PartialDate;

/** Numbers, dates and periods in one language, by ICU's locale data (CLDR). */
final class Formats {
    private final Messages messages;
    private final LocalizedNumberFormatter numbers;
    /** Building a date format from a skeleton is slow (it consults the locale's pattern generator): once each. */
    private final Map<String, DateFormat> dates = new ConcurrentHashMap<>();

    Formats(Messages messages) {
        this.messages = messages;
        ULocale locale = messages.locale();
        // Russian typesetting leaves four-digit numbers whole (2981 км) and groups from five digits (10 500).
        GroupingStrategy grouping = locale.getLanguage().equals("ru") ? GroupingStrategy.MIN2 : GroupingStrategy.AUTO;
        this.numbers = NumberFormatter.withLocale(locale).grouping(grouping);
    }

    String number(BigDecimal printed) {
        int digits = Math.max(0, printed.scale());
        return numbers.precision(Precision.fixedFraction(digits))
                .format(printed.setScale(digits))
                .toString();
    }

    String number(double value, int fractionDigits) {
        return numbers.precision(Precision.maxFraction(fractionDigits))
                .format(value)
                .toString();
    }

    String fixed(double value, int fractionDigits) {
        return numbers.precision(Precision.fixedFraction(fractionDigits))
                .format(value)
                .toString();
    }

    String number(long value) {
        return numbers.format(value).toString();
    }

    String date(PartialDate d) {
        if (d.month().isEmpty()) return Integer.toString(d.year());
        DateFormat format = dates.computeIfAbsent(d.day().isPresent() ? "yMMMMd" : "yMMMM", this::dateFormat);
        LocalDate day = LocalDate.of(d.year(), d.month().get(), d.day().orElse(1));
        Date date = Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
        String text;
        // A DateFormat is not safe for concurrent use.
        synchronized (format) {
            text = format.format(date);
        }
        // CLDR puts a narrow no-break space before "г."; the bundled font has the ordinary no-break space.
        return text.replace('\u202f', '\u00a0');
    }

    /**
     * A month and year after a preposition: a language that declines months (Russian) takes their
     * form for a date ("с июня 2015 г."), not the stand-alone one of a heading ("июнь 2015 г.").
     */
    String dateGoverned(PartialDate d) {
        if (d.month().isEmpty() || d.day().isPresent()) return date(d);
        DateFormat standAlone = dates.computeIfAbsent("yMMMM", this::dateFormat);
        if (!(standAlone instanceof SimpleDateFormat simple)
                || !simple.toPattern().contains("LLLL")) return date(d);
        DateFormat format = dates.computeIfAbsent("yMMMM/governed", k -> governed(simple));
        Date date = Date.from(
                LocalDate.of(d.year(), d.month().get(), 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        String text;
        synchronized (format) {
            text = format.format(date);
        }
        return text.replace('\u202f', '\u00a0');
    }

    private DateFormat governed(SimpleDateFormat standAlone) {
        DateFormat format = new SimpleDateFormat(standAlone.toPattern().replace("LLLL", "MMMM"), messages.locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    }

    private DateFormat dateFormat(String skeleton) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, messages.locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    }

    String period(String period) {
        if (period.equals(Observation.UNDATED)) return messages.get("period.undated");
        int slash = period.indexOf('/');
        if (slash < 0) return dateOr(period).orElse(period);
        Optional<String> from = dateOr(period.substring(0, slash));
        Optional<String> to = dateOr(period.substring(slash + 1));
        if (from.isPresent() && to.isPresent()) return messages.get("period.range", from.get(), to.get());
        if (to.isPresent() && period.startsWith("../")) return messages.get("period.until", to.get());
        if (from.isPresent() && period.endsWith("/..")) return messages.get("period.since", from.get());
        return period;
    }

    private Optional<String> dateOr(String text) {
        try {
            return Optional.of(messages.date(PartialDate.parse(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
