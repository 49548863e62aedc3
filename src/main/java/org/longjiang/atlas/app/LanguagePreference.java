package org.longjiang.atlas.app;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * The language the window opens in: the one the user chose last, or on the first start the
 * operating system's (Chinese → 中文, Russian → Русский, anything else → English).
 */
final class LanguagePreference {
    /** The node the app uses; tests pass their own. */
    static final String NODE = "/org/longjiang/atlas/window";

    static final String KEY = "language";
    private final Preferences node;

    LanguagePreference(Preferences node) {
        this.node = node;
    }

    static LanguagePreference user() {
        return new LanguagePreference(Preferences.userRoot().node(NODE));
    }

    /** The remembered language, else the one {@code system} suggests. */
    String initial(Locale system) {
        String kept = node.get(KEY, "");
        return Messages.LANGUAGES.contains(kept) ? kept : ofLocale(system);
    }

    void remember(String language) {
        if (Messages.LANGUAGES.contains(language)) node.put(KEY, language);
    }

    static String ofLocale(Locale locale) {
        String lang = locale.getLanguage();
        return lang.equals("zh") || lang.equals("ru") ? lang : "en";
    }
}
