package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Extent;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.PartialDate;

/**
 * Reads the fields of one JSON record, reporting each bad field as a {@link Problem}
 * (file, record id, field) instead of throwing, so one bad record never hides the rest.
 */
final class RecordReader {
    /** Lowercase ASCII words joined by single hyphens (docs/data-format.md). */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final List<String> TEXT_LANGUAGES = List.of("en", "zh", "ru");
    private static final Set<String> TEXT_KEYS = Set.copyOf(TEXT_LANGUAGES);
    private static final Set<String> NAME_KEYS = Set.of("en", "zh", "ru", "pinyin");
    private static final Set<String> CITATION_FIELDS =
            Set.of("source", "table", "section", "page", "quote", "supplies", "reference");

    private final String file;
    private final JsonNode node;
    private final String id;
    private final List<Problem> problems;
    /** For a nested object ("stops[2]."): its problems name the enclosing record and the path to the field. */
    private final String prefix;

    private boolean failed;

    RecordReader(String file, JsonNode node, String fallbackId, List<Problem> problems) {
        this(file, node, idOf(node, fallbackId), problems, "");
    }

    private RecordReader(String file, JsonNode node, String id, List<Problem> problems, String prefix) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        this.id = id;
        this.prefix = prefix;
    }

    private static String idOf(JsonNode node, String fallbackId) {
        JsonNode idNode = node.get("id");
        return idNode != null && idNode.isTextual() && !idNode.asText().isBlank() ? idNode.asText() : fallbackId;
    }

    /** The objects of an array field, each read as part of this record; a non-object element is reported and left out. */
    List<RecordReader> objects(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) {
            fail(field, "problem.arrayOfObjects");
            return List.of();
        }
        List<RecordReader> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (n.get(i).isObject())
                out.add(new RecordReader(file, n.get(i), id, problems, prefix + field + "[" + i + "]."));
            else fail(field + "[" + i + "]", "problem.object");
        }
        return out;
    }

    String id() {
        return id;
    }

    /** True when a required field was missing or malformed: the record must be skipped. */
    boolean failed() {
        return failed;
    }

    /** Reports the message {@code key} and marks the record failed. */
    void fail(String field, String key, Object... args) {
        fail(field, Message.of(key, args));
    }

    void fail(String field, Message why) {
        warn(field, why);
        failed = true;
    }

    /** Reports the message {@code key}; the record is kept. */
    void warn(String field, String key, Object... args) {
        warn(field, Message.of(key, args));
    }

    void warn(String field, Message why) {
        problems.add(new Problem(file, id, prefix + field, why));
    }

    String requiredId() {
        JsonNode n = node.get("id");
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            fail("id", "problem.idMissing");
            return id;
        }
        if (!ID.matcher(n.asText()).matches()) {
            fail("id", "problem.idForm", Values.quote(n.asText()));
        }
        return n.asText();
    }

    String text(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull() || !n.isTextual() || n.asText().isBlank()) {
            fail(field, n == null || n.isNull() ? "problem.missing" : "problem.nonEmptyString");
            return "";
        }
        return n.asText();
    }

    Optional<String> optText(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return Optional.empty();
        if (!n.isValueNode()) {
            warn(field, "problem.string");
            return Optional.empty();
        }
        String s = n.asText();
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** Whether the record gives the field a value at all. */
    boolean has(String field) {
        JsonNode n = node.get(field);
        return n != null && !n.isNull();
    }

    Optional<Integer> optInt(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return Optional.empty();
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            warn(field, "problem.wholeNumberIgnored");
            return Optional.empty();
        }
        return Optional.of(n.asInt());
    }

    double number(String field, double min, double max) {
        JsonNode n = node.get(field);
        if (n == null || !n.isNumber()) {
            fail(field, Values.missingOrNotANumber(n));
            return Double.NaN;
        }
        double v = n.asDouble();
        if (v < min || v > max) {
            // 1e999 reads as an infinite double: say it as written.
            fail(field, Values.outOfRange(min, max, Double.isFinite(v) ? v : Values.shown(n)));
        }
        return v;
    }

    /** A place's or link's names: English, Chinese and Russian required, pinyin allowed. */
    LocalizedText names(String field) {
        return localized(field, TEXT_LANGUAGES, NAME_KEYS);
    }

    /** A required whole number within {@code [min, max]}: 2018.5 is not a year. */
    int wholeNumber(String field, int min, int max) {
        double v = number(field, min, max);
        JsonNode n = node.get(field);
        if (n != null && n.isNumber() && !n.isIntegralNumber()) fail(field, "problem.wholeNumber", Values.shown(n));
        return (int) v;
    }

    LocalizedText localized(String field, List<String> requiredLanguages) {
        return localized(field, requiredLanguages, TEXT_KEYS);
    }

    private LocalizedText localized(String field, List<String> requiredLanguages, Set<String> keys) {
        JsonNode n = node.get(field);
        if (n == null || !n.isObject()) {
            fail(field, n == null ? "problem.missing" : "problem.localized");
            return LocalizedText.english(id);
        }
        LocalizedText t = readLocalized(n, field, keys);
        for (String lang : requiredLanguages) {
            if (!t.has(lang)) fail(field + "." + lang, "problem.missing");
        }
        return t;
    }

    LocalizedText optLocalized(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return LocalizedText.english("");
        if (n.isTextual()) return LocalizedText.english(n.asText());
        if (!n.isObject()) {
            warn(field, "problem.localizedIgnored");
            return LocalizedText.english("");
        }
        return readLocalized(n, field, TEXT_KEYS);
    }

    /** An optional object of localized texts by key, such as a paper's table titles: {"Table 7": {"en": …}}. */
    Map<String, LocalizedText> optLocalizedMap(String field) {
        JsonNode n = node.get(field);
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) return out;
        if (!n.isObject()) {
            warn(field, "problem.localizedMap");
            return out;
        }
        n.fields().forEachRemaining(e -> {
            if (e.getValue().isObject())
                out.put(e.getKey(), readLocalized(e.getValue(), field + "." + e.getKey(), TEXT_KEYS));
            else warn(field + "." + e.getKey(), "problem.localizedIgnored");
        });
        return out;
    }

    private LocalizedText readLocalized(JsonNode n, String field, Set<String> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (!keys.contains(e.getKey())) warn(field + "." + e.getKey(), "problem.unknownField");
            else if (e.getValue().isTextual())
                values.put(e.getKey(), e.getValue().asText());
            else warn(field + "." + e.getKey(), "problem.string");
        });
        return new LocalizedText(values);
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String s = text(field);
        if (s.isEmpty()) return type.getEnumConstants()[0];
        try {
            return constant(type, s);
        } catch (IllegalArgumentException e) {
            fail(field, "problem.unknownValue", Values.quote(s), allowed(type));
            return type.getEnumConstants()[0];
        }
    }

    <E extends Enum<E>> E optEnum(String field, Class<E> type, E fallback) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return fallback;
        try {
            if (!n.isTextual()) throw new IllegalArgumentException();
            return constant(type, n.asText());
        } catch (IllegalArgumentException e) {
            warn(
                    field,
                    "problem.unknownValueUsing",
                    Values.shown(n),
                    allowed(type),
                    fallback.name().toLowerCase(Locale.ROOT));
            return fallback;
        }
    }

    /** The constant the format spells {@code text} (lowercase, as in docs/data-format.md). */
    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        if (!text.equals(text.toLowerCase(Locale.ROOT))) throw new IllegalArgumentException(text);
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT));
        return String.join(", ", names);
    }

    /** {@code [west, south, east, north]} in degrees, west before east and south before north. */
    Optional<Extent> optExtent(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return Optional.empty();
        if (!n.isArray() || n.size() != 4 || !allNumbers(n)) {
            warn(field, "problem.extentForm");
            return Optional.empty();
        }
        double west = n.get(0).asDouble(), south = n.get(1).asDouble();
        double east = n.get(2).asDouble(), north = n.get(3).asDouble();
        if (!Extent.westToEast(west, east)) warn(field, "problem.extentWestEast");
        else if (!Extent.southToNorth(south, north)) warn(field, "problem.extentSouthNorth");
        else return Optional.of(new Extent(west, south, east, north));
        return Optional.empty();
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode e : array) if (!e.isNumber()) return false;
        return true;
    }

    Optional<PartialDate> optDate(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return Optional.empty();
        try {
            return Optional.of(StrictDates.date(dateText(n)));
        } catch (InvalidValue e) {
            warn(field, Values.ignored(e.why()));
            return Optional.empty();
        }
    }

    /** An optional printed period ({@code 2016}, {@code 2017/2018}, {@code ../2018-11}); a malformed one is reported and ignored. */
    Optional<String> optPeriod(String field) {
        Optional<String> text = optText(field);
        try {
            text.ifPresent(StrictDates::period);
            return text;
        } catch (InvalidValue e) {
            warn(field, Values.ignored(e.why()));
            return Optional.empty();
        }
    }

    PartialDate date(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            fail(field, "problem.missing");
            return PartialDate.parse("1900");
        }
        try {
            return StrictDates.date(dateText(n));
        } catch (InvalidValue e) {
            fail(field, e.why());
            return PartialDate.parse("1900");
        }
    }

    /** A date must be written as a string: a bare 2015 is a number, and 2015.0 would read as a year too. */
    private static String dateText(JsonNode n) {
        if (!n.isTextual()) throw new InvalidValue("problem.dateType", Values.shown(n));
        return n.asText();
    }

    /** A required decimal, exactly as written in the file. */
    Optional<BigDecimal> requiredDecimal(String field) {
        JsonNode n = node.get(field);
        if (n == null || !n.isNumber()) {
            fail(field, Values.missingOrNotANumber(n));
            return Optional.empty();
        }
        Optional<BigDecimal> v = Values.decimalOf(n);
        if (v.isEmpty()) fail(field, Values.notADecimal(n));
        return v;
    }

    /** One of {@code allowed} (exactly, as the format spells it), or empty when absent or null; a required one fails the record. */
    Optional<String> oneOf(String field, List<String> allowed, boolean required) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            if (required) fail(field, "problem.missing");
            return Optional.empty();
        }
        if (n.isTextual() && allowed.contains(n.asText())) return Optional.of(n.asText());
        fail(field, "problem.unknownValue", Values.shown(n), String.join(", ", allowed));
        return Optional.empty();
    }

    /** Reports each key the format does not define for this object (often a misspelt one, whose value would be lost). */
    void onlyFields(Set<String> known) {
        onlyFields(node, "", known);
    }

    /** The same for an object inside this record, whose fields are named {@code path + key}. */
    void onlyFields(JsonNode object, String path, Set<String> known) {
        object.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) warn(path + k, "problem.unknownField");
        });
    }

    List<String> idList(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) {
            warn(field, "problem.idArray");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (n.get(i).isTextual()) out.add(n.get(i).asText());
            else warn(field + "[" + i + "]", "problem.idString");
        }
        return out;
    }

    List<Citation> citations(String field) {
        return list(field, (c) -> citation(c.node, c.field));
    }

    Optional<Citation> citation(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return Optional.empty();
        return citation(n, field);
    }

    Optional<Citation> citation(JsonNode n, String field) {
        if (!n.isObject() || n.get("source") == null || !n.get("source").isTextual()) {
            warn(field, "problem.citation");
            return Optional.empty();
        }
        onlyFields(n, field + ".", CITATION_FIELDS);
        return Optional.of(new Citation(
                n.get("source").asText(),
                str(n, "table"),
                str(n, "section"),
                str(n, "page"),
                Provenance.supplies(this, n, field),
                reference(n, field)));
    }

    /** A general-knowledge citation's own reference (a dated report, a law): a text, as the atlas writes it. */
    private Optional<LocalizedText> reference(JsonNode citation, String field) {
        JsonNode v = citation.get("reference");
        if (v == null || v.isNull()) return Optional.empty();
        if (v.isTextual())
            return v.asText().isBlank() ? Optional.empty() : Optional.of(LocalizedText.english(v.asText()));
        if (v.isObject()) return Optional.of(readLocalized(v, field + ".reference", TEXT_KEYS));
        warn(field + ".reference", "problem.localizedIgnored");
        return Optional.empty();
    }

    private static Optional<String> str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    /** An element of an array field, with its path for messages ("path[2]"). */
    record Element(JsonNode node, String field) {}

    <T> List<T> list(String field, Function<Element, Optional<T>> each) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) {
            warn(field, "problem.array");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            each.apply(new Element(n.get(i), field + "[" + i + "]")).ifPresent(out::add);
        }
        return out;
    }

    JsonNode node() {
        return node;
    }
}
