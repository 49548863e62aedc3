package org.longjiang.atlas.core.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A short text in several languages (en required; zh, ru, pinyin optional). */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    public static LocalizedText english(String en) {
        return new LocalizedText(Map.of("en", en));
    }

    public String en() {
        return values.getOrDefault("en", "");
    }

    /** The text in the given language, falling back to English when that language is missing. */
    public String in(String language) {
        String v = values.get(language.toLowerCase(Locale.ROOT));
        return v == null || v.isBlank() ? en() : v;
    }

    public boolean has(String language) {
        String v = values.get(language);
        return v != null && !v.isBlank();
    }
}
