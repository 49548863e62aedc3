package org.longjiang.atlas.core.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.PartialDate;

/**
 * The user-visible strings of one language, from {@code i18n/messages*.properties}, formatted with
 * ICU (plural forms, numbers, dates and months as that language writes them). Every window, image,
 * fact sheet and command asks for the language it works in — {@code Messages.of("ru")} — so an
 * export in Russian is Russian whatever the window shows.
 */
public final class Messages {
    /** The languages of the atlas: its bundles and the texts of its data. */
    public static final List<String> LANGUAGES = List.of("en", "zh", "ru");

    /**
     * A pseudo-language for tests: every message is the English one accented, lengthened by a third
     * and wrapped in ⟦…⟧, so a text that did not come from a bundle, or one cut short, stands out.
     */
    public static final String PSEUDO = "en-XA";

    private static final String BUNDLE = "/i18n/messages";
    private static final Map<String, Messages> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String language;
    private final String dataLanguage;
    private final ULocale locale;
    private final boolean pseudo;
    private final Map<String, String> patterns;
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();
    private final Formats formats;

    private Messages(String language, ULocale locale, boolean pseudo, Map<String, String> patterns) {
        this.language = language;
        this.dataLanguage = pseudo ? "en" : language;
        this.locale = locale;
        this.pseudo = pseudo;
        this.patterns = patterns;
        this.formats = new Formats(this);
    }

    /** The messages of {@code en}, {@code zh}, {@code ru} or {@link #PSEUDO}; any other language gets English. */
    public static Messages of(String language) {
        String key = language == null ? "en" : language;
        if (!LANGUAGES.contains(key) && !PSEUDO.equals(key)) key = "en";
        return BY_LANGUAGE.computeIfAbsent(key, Messages::load);
    }

    /** English: the command line's own messages, which scripts read. */
    public static Messages english() {
        return of("en");
    }

    /** Reads a language's bundle afresh (tests check it never borrows the machine's language). */
    static Messages load(String language) {
        boolean pseudo = PSEUDO.equals(language);
        // English is the base bundle, the language's own file lies over it; never "whatever the OS speaks".
        // Read as files, not through ResourceBundle: its no-fallback Control is refused in a named
        // module, which the atlas is when started from the runnable jar (see FxModuleLayer).
        Map<String, String> patterns = new HashMap<>(properties(BUNDLE + ".properties"));
        if (!pseudo && !language.equals("en")) patterns.putAll(properties(BUNDLE + "_" + language + ".properties"));
        ULocale locale = switch (language) {
            case "zh" -> ULocale.SIMPLIFIED_CHINESE;
            case "ru" -> new ULocale("ru");
            default -> ULocale.ENGLISH;
        };
        return new Messages(language, locale, pseudo, Map.copyOf(patterns));
    }

    private static Map<String, String> properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /** The language code ({@code en}, {@code zh}, {@code ru} or {@link #PSEUDO}): {@code of(language())} is this. */
    public String language() {
        return language;
    }

    /** The language of the data texts shown: the pseudo-language reads the English ones. */
    public String dataLanguage() {
        return dataLanguage;
    }

    public ULocale locale() {
        return locale;
    }

    /** The message {@code key} with its arguments; a key no bundle has shows as {@code !key!}. */
    public String get(String key, Object... args) {
        String pattern = patterns.get(key);
        if (pattern == null) return "!" + key + "!";
        MessageFormat format = compiled.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        String text;
        // A MessageFormat is not safe for concurrent use; exports and fact sheets format off the FX thread.
        synchronized (format) {
            text = format.format(args);
        }
        return shown(text);
    }

    /** Whether the bundles hold {@code key} (figure and status names may be missing for new data). */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /**
     * A text of the data in this language; where the translation is missing, the English with a
     * visible mark ("[англ.] …"), so a reader knows it is not theirs and a translator where to look.
     */
    public String text(LocalizedText t) {
        if (t.has(dataLanguage)) return t.in(dataLanguage);
        // The English is the reference; a text someone wrote in another language (a user's tour) has only that.
        String reference = t.en().isBlank()
                ? t.values().values().stream()
                        .filter(v -> !v.isBlank())
                        .findFirst()
                        .orElse("")
                : t.en();
        // A text with no letter ("%", "5.6%") reads the same in every language and needs no mark.
        boolean words = reference.codePoints().anyMatch(Character::isLetter);
        return dataLanguage.equals("en") || !words ? reference : get("data.untranslated", reference);
    }

    /** A value exactly as printed — every digit, trailing zeros kept — with this language's separators. */
    public String number(BigDecimal printed) {
        return formats.number(printed);
    }

    /** A computed value (a converted amount, a chart tick) with at most {@code fractionDigits} decimals. */
    public String number(double value, int fractionDigits) {
        return formats.number(value, fractionDigits);
    }

    /** A value with exactly {@code fractionDigits} decimals (coordinates). */
    public String fixed(double value, int fractionDigits) {
        return formats.fixed(value, fractionDigits);
    }

    /** A count or other whole number, grouped as the language groups digits. */
    public String number(long value) {
        return formats.number(value);
    }

    /** A year, never grouped: 2015, not 2,015. */
    public String year(int year) {
        return Integer.toString(year);
    }

    /** A date as precise as it was printed: "2015", "June 2015" / "2015年6月" / "июнь 2015 г.", or a day. */
    public String date(PartialDate date) {
        return shown(formats.date(date));
    }

    /** A date after a preposition ("since …", "by …"): Russian puts the month in the genitive ("с июня 2015 г."). */
    public String dateGoverned(PartialDate date) {
        return shown(formats.dateGoverned(date));
    }

    /**
     * A printed period as this language writes it: a year, a month, a range ("2013-11/2017-06"), or an
     * open one ("../2017-12" until, "2016-06/.." since); text that is no period is shown as printed.
     */
    public String period(String period) {
        return formats.period(period);
    }

    /** A country's name from its ISO code ("CN" → China / 中国 / Китай). */
    public String country(String isoCode) {
        return shown(new ULocale("", isoCode).getDisplayCountry(locale));
    }

    private String shown(String text) {
        return pseudo ? Pseudo.of(text) : text;
    }
}
