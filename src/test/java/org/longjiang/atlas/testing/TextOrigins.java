package org.longjiang.atlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.longjiang.atlas.core.export.CitationFormatter;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;

/**
 * Where a shown text came from. Under the pseudo-language every message is wrapped in ⟦…⟧; what
 * is left once those are taken out must be the atlas's data (names, texts, a paper's reference),
 * or carry no letter at all (numbers, symbols). Anything else was written into the code.
 */
public final class TextOrigins {
    private static final Pattern WRAPPED = Pattern.compile("⟦[^⟦⟧]*⟧");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Every string of the data files, lower-cased, longest first. */
    private final List<String> data;

    private TextOrigins(List<String> data) {
        this.data = data;
    }

    /** The strings of {@code resources/data/*.json} and the references the atlas formats from its sources. */
    public static TextOrigins of(Atlas atlas) {
        Set<String> strings = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("resources/data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList())
                collect(mapper.readTree(f.toFile()), strings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var s : atlas.sources()) {
            for (String lang : List.of("en", Messages.PSEUDO)) {
                strings.add(CitationFormatter.apa(s, Messages.of(lang)));
                strings.add(CitationFormatter.gbt7714(s, Messages.of(lang)));
            }
        }
        List<String> sorted = new ArrayList<>();
        strings.stream()
                .filter(s -> LETTER.matcher(s).find())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new TextOrigins(sorted);
    }

    /** The texts the data gives in these languages (the values under "zh", "ru" keys). */
    public static List<String> dataTexts(String... languages) {
        List<String> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("resources/data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList())
                collectIn(mapper.readTree(f.toFile()), Set.of(languages), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void collectIn(JsonNode n, Set<String> languages, List<String> out) {
        n.fields().forEachRemaining(e -> {
            if (languages.contains(e.getKey()) && e.getValue().isTextual())
                out.add(e.getValue().asText());
        });
        n.forEach(c -> collectIn(c, languages, out));
    }

    private static void collect(JsonNode n, Set<String> out) {
        if (n.isTextual()) out.add(n.asText());
        n.forEach(c -> collect(c, out));
    }

    /** What is left of the text that came neither from a bundle nor from the data, if it has a letter. */
    public Optional<String> unexplained(String text) {
        String rest = text;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = WRAPPED.matcher(rest).replaceAll(" ");
        }
        if (!LETTER.matcher(rest).find()) return Optional.empty();
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String d : data) {
            if (lower.contains(d)) lower = lower.replace(d, " ");
            if (!LETTER.matcher(lower).find()) return Optional.empty();
        }
        // A part of one data string (a ranking's column heading is a series title after its colon).
        String core = lower.strip();
        if (data.stream().anyMatch(d -> d.contains(core))) return Optional.empty();
        return Optional.of(rest.strip());
    }
}
