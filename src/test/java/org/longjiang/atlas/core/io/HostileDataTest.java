package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile files of issue 15, each refused with a one-line problem naming file, record and
 * field (or the line and column) instead of being silently cut short, resolved last-wins, or
 * crashing a later command.
 */
class HostileDataTest {
    @TempDir
    Path dir;

    /** A copy of the "good" fixture with one file changed. */
    private LoadResult loadWith(String file, UnaryOperator<String> change) throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.folder("good"))) {
            for (Path f : files.toList())
                Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        Path target = dir.resolve(file);
        Files.writeString(target, change.apply(Files.readString(target)));
        return new AtlasLoader(DataSource.folder(dir)).load();
    }

    private static Problem only(LoadResult r) {
        assertEquals(1, r.problems().size(), r.problems().toString());
        return r.problems().get(0);
    }

    @Test
    void aStrayClosingBracketIsReportedAndTheRecordsBeforeItLoad() throws IOException {
        LoadResult r = loadWith("places.json", s -> s.replaceFirst("\\},\n", "}],\n"));
        Problem p = r.problems().stream()
                .filter(x -> x.file().equals("places.json"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "places.json: line 2, column 290: text after the closing ] of the record array (a stray ] or a"
                        + " second value); it was not read",
                p.toString());
        assertEquals(
                List.of("heilongjiang"),
                r.atlas().places().stream().map(x -> x.id()).toList());
    }

    @Test
    void textAfterTheArrayIsReported() throws IOException {
        LoadResult r = loadWith("events.json", s -> s + "\n{\"id\": \"extra\"}\n");
        assertEquals(
                "events.json: line 5, column 1: text after the closing ] of the record array (a stray ] or a second"
                        + " value); it was not read",
                only(r).toString());
        assertEquals(1, r.atlas().events().size(), "the records inside the array are kept");
    }

    @Test
    void aSyntaxErrorSaysHowManyRecordsWereRead() throws IOException {
        LoadResult r = loadWith("places.json", s -> s.substring(0, s.indexOf("\"blagoveshchensk\", \"names\"")));
        Problem p = r.problems().stream()
                .filter(x -> x.file().equals("places.json"))
                .findFirst()
                .orElseThrow();
        assertTrue(p.message().toString().startsWith("not valid JSON at line 5, column "), p.toString());
        assertTrue(
                p.message().toString().endsWith("; the 3 records before it were read, the rest of the file was not"));
        assertEquals(3, r.atlas().places().size());
    }

    @Test
    void aHugeExponentIsRefusedAtLoadNotPrintedLater() throws IOException {
        LoadResult r = loadWith("series.json", s -> s.replace("\"value\": 185.0", "\"value\": 1e999999999"));
        assertEquals(
                "series.json › hlj-russia-trade-total › observations[1].value: number out of bounds (at most 15 digits"
                        + " before the point and 12 after): 1E+999999999; ignored",
                only(r).toString());
        var values =
                r.atlas().seriesById("hlj-russia-trade-total").orElseThrow().observations();
        assertEquals(
                List.of("109.90"),
                values.stream().map(o -> o.value().toPlainString()).toList());
    }

    @Test
    void aHugeRateOrFigureIsRefusedToo() throws IOException {
        LoadResult r = loadWith("links.json", s -> s.replace("\"value\": 576.0", "\"value\": -1e-400"));
        assertEquals(
                "links.json › harbin-heihe-rail › figures[0].value: number out of bounds (at most 15 digits before the"
                        + " point and 12 after): -1E-400; ignored",
                only(r).toString());
    }

    @Test
    void aKeyGivenTwiceSkipsTheRecordAndNamesTheKey() throws IOException {
        LoadResult r = loadWith("places.json", s -> s.replace("\"lat\": 45.7567,", "\"lat\": 45.7567, \"lat\": 0,"));
        assertEquals(
                "places.json › harbin › lat: this key appears twice in the record; the record is skipped (which value"
                        + " is meant is unclear)",
                r.problems().get(0).toString());
        assertTrue(r.atlas().place("harbin").isEmpty());

        LoadResult nested =
                loadWith("places.json", s -> s.replace("\"en\": \"Harbin\",", "\"en\": \"Harbin\", \"en\": \"X\","));
        assertEquals("names.en", nested.problems().get(0).field());
    }

    @Test
    void impossibleDatesAndFullWidthDigitsAreRefused() throws IOException {
        // The stage with the impossible date is left out, which leaves the bridge with no dated stage at all.
        assertEquals(
                List.of(
                        "links.json › heihe-blagoveshchensk-bridge › lifecycle[0].date: no such day: \"2022-02-30\""
                                + " (that month has 28 days)",
                        "links.json › heihe-blagoveshchensk-bridge › lifecycle: no dated stage and no paper names it, so"
                                + " nothing says when it existed: add a dated stage with its source"),
                loadWith("links.json", s -> s.replace("2022-06-10", "2022-02-30")).problems().stream()
                        .map(Problem::toString)
                        .toList());
        assertEquals(
                "events.json › bri-proposed › date: not a date (YYYY, YYYY-MM or YYYY-MM-DD, in ASCII digits):"
                        + " \"２０１３-09\"",
                only(loadWith("events.json", s -> s.replace("2013-09", "２０１３-09")))
                        .toString());
        assertEquals(
                "series.json › hlj-russia-trade-total › observations[0].period: the period ends before it starts:"
                        + " \"2018/2017\"; ignored",
                only(loadWith("series.json", s -> s.replace("\"period\": \"2017\"", "\"period\": \"2018/2017\"")))
                        .toString());
    }

    @Test
    void enumFieldsAreChecked() throws IOException {
        assertEquals(
                "notes.json › hlj-russia-2018-check › kind: unknown value \"sum-mismatch\"; expected one of"
                        + " sum_mismatch, magnitude, growth_mismatch, contradiction, other",
                only(loadWith("notes.json", s -> s.replace("sum_mismatch", "sum-mismatch")))
                        .toString());
        assertEquals(
                "series.json › hlj-russia-trade-total › measure: unknown value \"sum\"; expected one of total,"
                        + " export, import, growth, share, count, value, rank",
                loadWith("series.json", s -> s.replace("\"total\"", "\"sum\""))
                        .problems()
                        .get(0)
                        .toString());
        assertEquals(
                "series.json › hlj-russia-trade-total › currency: unknown value \"usd\"; expected one of USD, CNY, RUB",
                loadWith("series.json", s -> s.replace("\"USD\"", "\"usd\""))
                        .problems()
                        .get(0)
                        .toString());
        assertEquals(
                "places.json › harbin › kind: unknown value \"City\"; expected one of province, country, city,"
                        + " border_port, airport, seaport, river_port, bridge, island, pipeline_station, rail_hub,"
                        + " park, institution, region, sea_area, river_course",
                (loadWith(
                                "places.json",
                                s -> s.replace(
                                        "\"kind\": \"city\", \"country\": \"CN\"",
                                        "\"kind\": \"City\", \"country\": \"CN\"")))
                        .problems()
                        .get(0)
                        .toString());
    }

    @Test
    void aPlaceTheMercatorMapCannotDrawIsRefused() throws IOException {
        assertEquals(
                "places.json › suifenhe › lat: out of range [-85.0, 85.0]: 90.0",
                only(loadWith("places.json", s -> s.replace("\"lat\": 44.3965", "\"lat\": 90")))
                        .toString());
    }

    @Test
    void aMisspeltFieldIsReported() throws IOException {
        assertEquals(
                "places.json › heihe › opend: not a field of this record in the data format (misspelt?); ignored",
                only(loadWith(
                                "places.json",
                                s -> s.replace(
                                        "\"counterpart\": \"blagoveshchensk\"",
                                        "\"counterpart\": \"blagoveshchensk\", \"opend\": \"1982\"")))
                        .toString());
    }

    @Test
    void specialFilesInPlaceOfOptionalFilesAreReportedWithTheReason() throws IOException {
        Files.createDirectory(dir.resolve(AtlasLoader.TOURS));
        Files.createSymbolicLink(dir.resolve(AtlasLoader.RATES), dir.resolve(AtlasLoader.RATES));
        LoadResult r = loadWith("places.json", s -> s);
        assertEquals(
                List.of(
                        "rates.json: cannot be read: it is a symbolic link to " + dir.resolve(AtlasLoader.RATES)
                                + ", which leads nowhere (a missing file or a loop)",
                        "tours.json: cannot be read: it is a folder, not a file"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aPipeInPlaceOfADataFileIsNeverOpened() throws Exception {
        Path fifo = dir.resolve(AtlasLoader.TOURS);
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        LoadResult r = loadWith("places.json", s -> s);
        assertEquals(
                "tours.json: cannot be read: it is not a regular file (a pipe, device or socket)", only(r).toString());
    }

    static boolean mkfifo(Path p) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void anUnreadableFileSaysWhy() {
        DataSource denied = new DataSource() {
            @Override
            public Optional<InputStream> open(String fileName) throws IOException {
                throw new AccessDeniedException("/data/" + fileName);
            }

            @Override
            public String describe() {
                return "/data";
            }
        };
        LoadResult r = new AtlasLoader(denied).load();
        assertEquals(
                "places.json: cannot be read: permission denied",
                r.problems().get(1).toString());
    }

    @Test
    void encodingsOtherThanUtf8AreNamed() throws IOException {
        LoadResult utf16 = loadWith("events.json", s -> s);
        Files.write(dir.resolve("events.json"), "[]".getBytes(StandardCharsets.UTF_16));
        utf16 = new AtlasLoader(DataSource.folder(dir)).load();
        assertEquals(
                "events.json: cannot be read: it is in UTF-16 or UTF-32, not UTF-8 (save it as UTF-8)",
                only(utf16).toString());
        Files.write(dir.resolve("events.json"), new byte[] {'[', '\n', '"', (byte) 0xC3, '"', ']'});
        assertEquals(
                "events.json: cannot be read: it is not UTF-8: byte 0xC3 at line 2, column 2",
                only(new AtlasLoader(DataSource.folder(dir)).load()).toString());
    }

    @Test
    void problemsCutHugeValuesAndShowBidiControls() throws IOException {
        String huge = "x".repeat(1_000_000);
        LoadResult r = loadWith(
                "places.json",
                s -> s.replace(
                                "\"lon\": 127.488, \"precision\": \"exact\"",
                                "\"lon\": 127.488, \"precision\": \"" + huge + "\"")
                        .replace("\"section\": \"2.2\"", "\"section\": \"2.2\", \"note\u202e\": 1"));
        List<String> lines = r.problems().stream().map(Problem::toString).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("places.json › heihe › precision: unknown value \"xxxx"), lines.get(0));
        assertTrue(
                lines.get(0)
                        .contains("x… (1000000 characters)\"; expected one of exact, approximate; using approximate"),
                lines.get(0));
        assertTrue(lines.get(0).length() < 500);
        assertEquals(
                "places.json › heihe › sources[0].note<U+202E>: not a field of this record in the data format"
                        + " (misspelt?); ignored",
                lines.get(1));
        assertFalse(lines.stream().anyMatch(l -> l.indexOf('\u202e') >= 0));
    }

    @Test
    void safeTextShowsControlsAndCutsLongText() {
        assertEquals("a<U+000A>b<U+202E>c", SafeText.shown("a\nb\u202ec", 10));
        assertEquals("abc… (5 characters)", SafeText.shown("abcde", 3));
        assertEquals("黑龙江", SafeText.shown("黑龙江", 3));
    }
}
