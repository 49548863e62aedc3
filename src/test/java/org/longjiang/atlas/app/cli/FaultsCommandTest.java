package org.longjiang.atlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.testing.Cli;

/** Faults on the command line: the exit code says whether the output is complete, and nothing is left half-made. */
class FaultsCommandTest {
    @TempDir
    Path dir;

    final Cli cli = new Cli();

    @AfterEach
    void restore() {
        System.clearProperty("atlas.data");
    }

    /** A disk that fills after {@code room} bytes, like {@code > /dev/full} or a full partition. */
    private static OutputStream fullAfter(int room) {
        return new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) throw new IOException("No space left on device");
            }
        };
    }

    private static int runWithFullStdout(int room, ByteArrayOutputStream err, String... args) {
        return new CommandLine(
                        StandardOutput.of(fullAfter(room), StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    @Test
    void aFullDiskOnStandardOutputFailsTheCommand() {
        System.setProperty("atlas.data", Fixtures.folder("good").toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, runWithFullStdout(0, err, "check"));
        assertEquals(
                "error: standard output could not be written (No space left on device); what was printed is"
                        + " incomplete\n",
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(1, runWithFullStdout(100, err, "list", "places"), "a third of a table is not a success");
        assertEquals(0, runWithFullStdout(1 << 20, new ByteArrayOutputStream(), "list", "places"));
    }

    @Test
    void benchWithAnUnknownPartIsAUsageErrorNotARun() {
        assertEquals(2, cli.run("bench", "bogus"));
        assertEquals(
                "error: bench: \"bogus\" is not a part; usage: bench [tiles|startup|pan|dossier|export|soak] (soak takes"
                        + " an iteration count: bench soak 1000)\n",
                cli.err());
        assertEquals("", cli.out(), "nothing was measured");
        assertEquals(2, cli.run("bench", "--help"));
        assertEquals(2, cli.run("bench", "soak", "many"));
        assertEquals(2, cli.run("bench", "export", "3"));
    }

    @Test
    void aDeviceIsNeverTheOutput() {
        assertEquals(
                2, cli.run("export", "--view", "harbin", "--size", "200x150", "--out", "/dev/null", "--overwrite"));
        assertEquals(
                "error: --out: /dev/null is not a regular file (a device, pipe or socket); it is never replaced\n",
                cli.err());
        assertEquals(
                2, cli.run("factsheet", "--view", "harbin", "--format", "md", "--out", "/dev/null", "--overwrite"));
    }

    @Test
    void aBadTourExportOptionLeavesNoFolderBehind() {
        Path slides = dir.resolve("slides");
        assertEquals(
                2,
                cli.run("export", "--tour", "four-directions", "--scale", "3", "--out", slides.toString()),
                cli::err);
        assertFalse(Files.exists(slides), "no empty folder left by a refused export");
    }

    @Test
    void aFractionalYearIsNotAYear() {
        assertEquals(2, cli.run("list", "places", "--year", "2016.5"));
        assertEquals(
                2,
                cli.run(
                        "export",
                        "--view",
                        "harbin",
                        "--year",
                        "2016.5",
                        "--out",
                        dir.resolve("x.png").toString()));
        assertTrue(cli.err().contains("--year: \"2016.5\" is not a whole number"), cli.err());
    }

    @Test
    void hostileDataFailsCheckWithOneLineAndOtherCommandsCarryOn() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.folder("good"))) {
            for (Path f : files.toList())
                Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
        Path series = dir.resolve("series.json");
        Files.writeString(series, Files.readString(series).replace("185.0", "1e999999999"));
        System.setProperty("atlas.data", dir.toString());
        assertEquals(1, cli.run("check"));
        assertTrue(
                cli.out()
                        .contains("problem: series.json › hlj-russia-trade-total › observations[1].value: number out of"
                                + " bounds (at most 15 digits before the point and 12 after): 1E+999999999; ignored\n"),
                cli.out());
        cli.reset();
        assertEquals(0, cli.run("list", "series"));
        assertTrue(cli.out().contains(",109.90,"), cli.out());
        assertEquals(
                "warning: 1 data problems found while loading (run: check); listing the valid remainder\n", cli.err());
    }
}
