package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Tour;

/**
 * Fuzzing a user's tour file (the shipped tours saved as a user would save them) with the same
 * structure-aware mutations as the data: the file is accepted whole or refused whole, never in
 * part, and a refusal names the file; damage the format forbids is always refused.
 *
 * <p>Long run: {@code mvn -o test -Dtest=TourFileFuzzTest -Djqwik.tries.default=10000}.
 */
class TourFileFuzzTest {
    private static final Atlas ATLAS = AtlasLoader.loadBundled().atlas();
    private static final String NAME = "my-tours.json";
    private static final Map<String, byte[]> BASE = Map.of(NAME, saved());

    private static byte[] saved() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TourFiles.write(out, new ArrayList<>(ATLAS.tours()));
            return Mutation.lines(Mutation.records(out.toByteArray()), -1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
    void aTourFileIsAcceptedWholeOrRefusedWhole(@ForAll("mutations") Mutation mutation) throws Exception {
        Mutation.Applied applied = mutation.apply(BASE, NAME);
        Path dir = Files.createTempDirectory("atlas-tour-fuzz-");
        TourFiles.Read read;
        try {
            mutation.writeTo(dir, applied);
            read = TourFiles.read(dir.resolve(NAME), ATLAS);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        List<String> ids = ATLAS.tours().stream().map(Tour::id).toList();
        if (read.problems().isEmpty()) {
            assertEquals(ids.size(), read.tours().size(), "accepted whole: every tour");
            assertFalse(mustRefuse(mutation), mutation + " must be refused");
        } else {
            assertEquals(List.of(), read.tours(), "refused whole: no tour");
            read.problems().forEach(p -> {
                assertEquals(NAME, p.file());
                assertFalse(p.toString().contains("\n") || p.toString().contains("\u202E"), p.toString());
            });
        }
        if (mutation.kind() == Mutation.Kind.BYTE_ORDER_MARK) assertEquals(List.of(), read.problems());
    }

    /** Damage that the format forbids whatever record or byte it hits. */
    private static boolean mustRefuse(Mutation m) {
        return switch (m.kind()) {
            case NOT_AN_OBJECT, DUPLICATE_KEY, UNKNOWN_FIELD, STRAY_BRACKET, SPECIAL_FILE, TRUNCATION, ENCODING -> true;
            case TRAILING_TEXT -> true;
            default -> false;
        };
    }

    @Property(tries = 1)
    void theUntouchedFileIsAccepted() throws Exception {
        Path dir = Files.createTempDirectory("atlas-tour-fuzz-");
        try {
            Path file = Files.write(dir.resolve(NAME), BASE.get(NAME));
            TourFiles.Read read = TourFiles.read(file, ATLAS);
            assertEquals(List.of(), read.problems());
            assertTrue(read.tours().size() >= 4);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
