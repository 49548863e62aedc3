package org.longjiang.atlas.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings, from {@code i18n/messages*.properties}. */
public final class Messages {
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);

    private Messages() {}

    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle("i18n.messages", locale);
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
