package org.longjiang.atlas.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.longjiang.atlas.app.cli.CommandLine;

/** Runs a sub-command in the test's JVM and keeps what it printed on each stream. */
public final class Cli {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs the command line; the streams keep what every run printed until {@link #reset()}. */
    public int run(String... args) {
        return new CommandLine(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    public void reset() {
        out.reset();
        err.reset();
    }
}
