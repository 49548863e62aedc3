package org.longjiang.atlas.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.MessagePattern.Part.Type;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.Geometry;
import org.longjiang.atlas.core.model.Kinds;
import org.longjiang.atlas.core.model.Precision;
import org.longjiang.atlas.core.model.Status;

/**
 * The three bundles hold the same keys with the same arguments, every key the code asks for is
 * there, and a Chinese or Russian message is in Chinese or Russian (not the English copied over).
 */
class MessageKeysTest {
    /** A key-like literal ("detail.facts") in the code; literals ending in "." are prefixes of made keys. */
    static final Pattern LITERAL_KEY = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9+_-]+)+)\"(?!\\s*\\+)");
    /** Messages whose words are the same in every language: names of formats and of the languages themselves. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "export.format.png",
            "export.format.svg",
            "export.format.pdf",
            "language.en",
            "citation.section",
            "factsheet.gbt");
    /** Literals that look like keys but are field paths in problem messages. */
    static final Set<String> NOT_KEYS = Set.of("names.zh", "names.ru");

    static Map<String, String> bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> en = bundle("").keySet();
        assertEquals(en, bundle("_zh").keySet(), "messages_zh.properties");
        assertEquals(en, bundle("_ru").keySet(), "messages_ru.properties");
    }

    @Test
    void everyMessageParsesAndTakesTheSameArgumentsInEveryLanguage() throws IOException {
        Map<String, String> en = bundle("");
        List<String> wrong = new ArrayList<>();
        for (String lang : List.of("zh", "ru")) {
            Map<String, String> other = bundle("_" + lang);
            en.forEach((key, pattern) -> {
                if (!arguments(pattern).equals(arguments(other.get(key))))
                    wrong.add(lang + " " + key + ": " + arguments(pattern) + " ≠ " + arguments(other.get(key)));
            });
        }
        assertEquals(List.of(), wrong);
    }

    /** The argument numbers a pattern uses; ICU rejects a malformed one here. */
    static Set<Integer> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Type.ARG_NUMBER) out.add(part.getValue());
        }
        return out;
    }

    @Test
    void chineseAndRussianMessagesAreTranslated() throws IOException {
        Map<String, String> en = bundle(""), zh = bundle("_zh"), ru = bundle("_ru");
        List<String> untranslated = new ArrayList<>();
        en.forEach((key, text) -> {
            if (SAME_IN_EVERY_LANGUAGE.contains(key) || !words(text)) return;
            if (!uses(zh.get(key), Character.UnicodeScript.HAN)) untranslated.add("zh " + key);
            if (!uses(ru.get(key), Character.UnicodeScript.CYRILLIC)) untranslated.add("ru " + key);
        });
        assertEquals(List.of(), untranslated);
    }

    /** Whether the message's own text (not its ICU syntax) has a word of two letters or more. */
    static boolean words(String pattern) {
        String text = pattern.replaceAll("\\{[^{}]*\\}", " ").replaceAll("(one|few|many|other|=0)\\{", " ");
        return Pattern.compile("\\p{IsLatin}{2,}").matcher(text).find();
    }

    static boolean uses(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Map<String, String> bundle = bundle("");
        Set<String> prefixes = new TreeSet<>();
        bundle.keySet().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.')))
                            && !bundle.containsKey(key)
                            && !key.endsWith(".json")
                            && !NOT_KEYS.contains(key)) missing.add(key + " (" + f.getFileName() + ")");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyMadeFromAnIdIsInTheBundle() throws IOException {
        Map<String, String> bundle = bundle("");
        List<String> keys = new ArrayList<>();
        Kinds.ALL.forEach(k -> keys.add("kind." + k));
        for (Status s : Status.values()) keys.add("status." + s.id());
        for (EventKind e : EventKind.values()) keys.add("event." + e.id());
        for (Precision p : Precision.values()) keys.add("precision." + p.name().toLowerCase(ULocale.ROOT.toLocale()));
        for (Geometry g : Geometry.values()) keys.add("geometry." + g.name().toLowerCase(ULocale.ROOT.toLocale()));
        for (String c : List.of("USD", "CNY", "RUB"))
            keys.addAll(List.of("currency." + c, "money.currency." + c, "currency.code." + c));
        for (String f : List.of("approximate", "lower_bound", "beginning_of_period")) keys.add("value.flag." + f);
        for (String v : List.of("chart", "growth", "table")) keys.add("card.view." + v);
        for (String r : List.of("period", "subject")) keys.add("table." + r);
        for (String lang : Messages.LANGUAGES) keys.add("language." + lang);
        keys.add("language." + Messages.PSEUDO);
        assertEquals(
                List.of(), keys.stream().filter(k -> !bundle.containsKey(k)).toList());
    }
}
