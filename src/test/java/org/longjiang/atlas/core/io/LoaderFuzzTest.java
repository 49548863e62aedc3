package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.longjiang.atlas.core.model.Atlas;

/**
 * Fuzzing the loader with structure-aware mutations of the bundled data (see {@link Mutation}).
 * Whatever is done to one file: no exception escapes the loader; every problem is one safe line
 * naming its file; every record that does not load is named in a problem with file, record and
 * field (or its file's problem says where reading stopped); no value that loads can blow up later.
 *
 * <p>A fixed seed and {@code jqwik.tries.default} tries (60, see junit-platform.properties) in every
 * build; a long run: {@code mvn -o test -Dtest=LoaderFuzzTest -Djqwik.tries.default=10000}.
 */
class LoaderFuzzTest {
    static final List<String> FILES = List.of(
            AtlasLoader.SOURCES,
            AtlasLoader.PLACES,
            AtlasLoader.LINKS,
            AtlasLoader.SERIES,
            AtlasLoader.EVENTS,
            AtlasLoader.NOTES,
            AtlasLoader.RATES,
            AtlasLoader.TOURS);

    /** The bundled files, one record a line. */
    private static final Map<String, byte[]> BASE = bundled();
    /** The id of each record of each file, in order. */
    private static final Map<String, List<String>> IDS = ids();

    private static Map<String, byte[]> bundled() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : FILES) {
            try (InputStream in = LoaderFuzzTest.class.getClassLoader().getResourceAsStream("data/" + f)) {
                files.put(f, Mutation.lines(Mutation.records(in.readAllBytes()), -1));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    private static Map<String, List<String>> ids() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        BASE.forEach((f, bytes) ->
                ids.put(f, Mutation.records(bytes).stream().map(Mutation::idOf).toList()));
        return ids;
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of(FILES);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(
                        Arbitraries.of(Mutation.Kind.class),
                        Arbitraries.integers().between(0, 1_000_000),
                        Arbitraries.integers().between(0, 1_000_000))
                .as(Mutation::new);
    }

    @Property(seed = "15")
    void theLoaderSurvivesAnyMutationAndNamesWhatItDrops(
            @ForAll("files") String file, @ForAll("mutations") Mutation mutation) throws Exception {
        Mutation.Applied applied = mutation.apply(BASE, file);
        LoadResult result = load(mutation, applied);

        for (Problem p : result.problems()) {
            String line = p.toString();
            assertTrue(FILES.contains(p.file()), line);
            assertFalse(line.contains("\n") || line.contains("\u202E") || line.contains("\u0000"), line);
            assertTrue(line.length() < 1000, line);
        }
        Set<String> wholeFileProblems = new HashSet<>();
        result.problems().stream().filter(p -> p.recordId() == null).forEach(p -> wholeFileProblems.add(p.file()));
        if (mutation.kind() == Mutation.Kind.SPECIAL_FILE
                || mutation.kind() == Mutation.Kind.STRAY_BRACKET
                || mutation.kind() == Mutation.Kind.ENCODING
                        // Plain ASCII reads the same in windows-1251 or GBK: only changed bytes are damage.
                        && !Arrays.equals(applied.files().get(file), BASE.get(file))) {
            assertTrue(wholeFileProblems.contains(file), "the damage to " + file + " is reported");
        }

        Atlas atlas = result.atlas();
        for (String f : FILES) {
            List<String> ids = IDS.get(f);
            Set<String> loaded = loadedIds(atlas, f);
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                boolean touched = f.equals(file) && applied.record().equals(OptionalInt.of(i));
                if (loaded.contains(id) || wholeFileProblems.contains(f)) continue;
                if (touched && applied.newId() != null && loaded.contains(applied.newId())) continue;
                // Problems show ids safely (cut, controls made visible): compare in that form.
                Set<String> names = new HashSet<>();
                for (String n : List.of(id, "#" + (i + 1), touched && applied.newId() != null ? applied.newId() : id))
                    names.add(SafeText.shown(n, 120));
                boolean named = result.problems().stream()
                        .anyMatch(p -> p.file().equals(f)
                                && names.contains(p.recordId())
                                && (p.field() != null || p.message().toString().contains("JSON object")));
                assertTrue(
                        named,
                        f + " › " + id + (touched ? " (changed)" : "") + " was dropped unnamed; problems: "
                                + result.problems());
            }
        }
        assertLaterUseIsSafe(atlas);
    }

    private static LoadResult load(Mutation mutation, Mutation.Applied applied) throws Exception {
        if (mutation.kind() != Mutation.Kind.SPECIAL_FILE) return new AtlasLoader(memory(applied.files())).load();
        Path dir = Files.createTempDirectory("atlas-fuzz-");
        try {
            mutation.writeTo(dir, applied);
            return new AtlasLoader(DataSource.folder(dir)).load();
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static DataSource memory(Map<String, byte[]> files) {
        return new DataSource() {
            @Override
            public Optional<InputStream> open(String fileName) {
                return Optional.ofNullable(files.get(fileName)).map(ByteArrayInputStream::new);
            }

            @Override
            public String describe() {
                return "memory";
            }
        };
    }

    static Set<String> loadedIds(Atlas a, String file) {
        List<String> ids = new ArrayList<>();
        switch (file) {
            case AtlasLoader.SOURCES -> a.sources().forEach(x -> ids.add(x.id()));
            case AtlasLoader.PLACES -> a.places().forEach(x -> ids.add(x.id()));
            case AtlasLoader.LINKS -> a.links().forEach(x -> ids.add(x.id()));
            case AtlasLoader.SERIES -> a.series().forEach(x -> ids.add(x.id()));
            case AtlasLoader.EVENTS -> a.events().forEach(x -> ids.add(x.id()));
            case AtlasLoader.NOTES -> a.notes().forEach(x -> ids.add(x.id()));
            case AtlasLoader.RATES -> a.rates().forEach(x -> ids.add(x.id()));
            default -> a.tours().forEach(x -> ids.add(x.id()));
        }
        return new HashSet<>(ids);
    }

    /** What loads can be printed and computed with: no billion-digit decimals, real dates. */
    private static void assertLaterUseIsSafe(Atlas a) {
        List<BigDecimal> values = new ArrayList<>();
        a.series().forEach(s -> s.observations().forEach(o -> values.add(o.value())));
        a.links().forEach(l -> l.figures().forEach(f -> values.add(f.value())));
        a.rates().forEach(r -> values.add(r.perUsd()));
        for (BigDecimal v : values) assertTrue(v.toPlainString().length() <= 30, v.toString());
        a.events().forEach(e -> assertNotNull(StrictDates.date(e.date().toString())));
        assertEquals(a.places().size(), new HashSet<>(a.places()).size());
    }
}
