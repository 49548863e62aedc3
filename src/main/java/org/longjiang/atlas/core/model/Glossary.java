package org.longjiang.atlas.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The translations of the short English labels the data uses as they are, not as texts of their
 * own: the units of series and figures ("billion US dollars", "km"), the names of a route's figures
 * ("designed annual capacity") and the sections cited from general knowledge or shown as headings
 * ("pipeline", "Policy coordination"). Looked up by the English term; an unknown term stays English.
 */
public final class Glossary {
    /** What a term names. */
    public enum Kind {
        UNIT,
        FIGURE,
        SECTION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One term in every language. */
    public record Entry(Kind kind, LocalizedText term) {}

    public static final Glossary EMPTY = new Glossary(List.of());

    private final Map<Kind, Map<String, LocalizedText>> terms = new LinkedHashMap<>();

    public Glossary(List<Entry> entries) {
        for (Kind k : Kind.values()) terms.put(k, new LinkedHashMap<>());
        for (Entry e : entries) terms.get(e.kind()).putIfAbsent(e.term().en(), e.term());
    }

    /** The term in every language it has; only English when the glossary lacks it. */
    public LocalizedText term(Kind kind, String english) {
        LocalizedText t = terms.get(kind).get(english);
        return t != null ? t : LocalizedText.english(english);
    }

    public boolean has(Kind kind, String english) {
        return terms.get(kind).containsKey(english);
    }

    public LocalizedText unit(String english) {
        return term(Kind.UNIT, english);
    }
}
