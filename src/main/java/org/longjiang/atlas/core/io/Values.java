package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import org.longjiang.atlas.core.i18n.Message;

/** Values from a data file as the problems quote them, and the bounds of a number the atlas reads. */
final class Values {
    /** Digits a decimal may have before and after its point; far beyond any printed figure, and toPlainString stays short. */
    static final int MAX_INTEGER_DIGITS = 15;

    static final int MAX_DECIMALS = 12;

    private Values() {}

    /**
     * A decimal exactly as written in the file (the mapper keeps scale: 892.10 stays 892.10), or empty
     * when it is not a number or is beyond the bounds: {@code 1e999999999} is a valid JSON number whose
     * plain form has a billion digits, and printing it would exhaust the heap.
     */
    static Optional<BigDecimal> decimalOf(JsonNode n) {
        if (n == null || !n.isNumber()) return Optional.empty();
        BigDecimal v = n.decimalValue();
        boolean bounded = v.signum() == 0
                ? v.scale() <= MAX_DECIMALS && v.scale() >= -MAX_INTEGER_DIGITS
                : v.precision() - v.scale() <= MAX_INTEGER_DIGITS && v.scale() <= MAX_DECIMALS;
        return bounded ? Optional.of(v) : Optional.empty();
    }

    /** Why {@link #decimalOf} gave nothing for a present value: not a number, or out of bounds. */
    static Message notADecimal(JsonNode n) {
        return n.isNumber()
                ? Message.of("problem.numberBounds", MAX_INTEGER_DIGITS, MAX_DECIMALS, shown(n))
                : Message.of("problem.number", shown(n));
    }

    static Message missingOrNotANumber(JsonNode n) {
        return n == null ? Message.of("problem.missing") : Message.of("problem.number", shown(n));
    }

    /** "out of range [min, max]: value", the bounds and value written as Java writes them (-85.0, 1800), never grouped. */
    static Message outOfRange(Object min, Object max, Object value) {
        Object shownValue = value instanceof Message m ? m : String.valueOf(value);
        return Message.of("problem.range", String.valueOf(min), String.valueOf(max), shownValue);
    }

    /** What is wrong with a value, and that the value is left out. */
    static Message ignored(Message why) {
        return Message.of("problem.ignored", why);
    }

    /**
     * A short, one-line rendering of a value for a message: a 1 MB string or array is cut, controls
     * made visible; a large array or object is named ("an array of 25"), in the reader's language.
     */
    static Object shown(JsonNode n) {
        if (n == null) return Message.of("problem.value.nothing");
        if (n.isTextual()) return quote(n.asText());
        if (n.isNumber()) return SafeText.value(n.decimalValue().toString(), SafeText.VALUE);
        if (!n.isContainerNode()) return SafeText.value(n.toString(), SafeText.VALUE);
        String json = n.size() > 20 ? null : n.toString();
        if (json != null && json.length() <= 4 * SafeText.VALUE) return SafeText.value(json, SafeText.VALUE);
        return n.isArray() ? Message.of("problem.value.array", n.size()) : Message.of("problem.value.object");
    }

    /** A text from the file in quotes, made safe; a cut one says so in the reader's language. */
    static Object quote(String text) {
        Object shown = SafeText.value(text, SafeText.VALUE);
        return shown instanceof String s ? "\"" + s + "\"" : Message.of("problem.quoted", shown);
    }
}
