package org.longjiang.atlas.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import org.longjiang.atlas.bench.Bench;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * Dispatches the sub-commands ({@code export}, {@code factsheet}, {@code list}, {@code check},
 * {@code bench}, {@code help}) and turns their outcome into an exit code: 0 only when everything
 * the command was to write (files and standard output) was written in full.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        int code = dispatch(args);
        Optional<String> lost = outputFailure();
        if (lost.isPresent()) {
            err.println(Messages.english().get("cli.error", Messages.english().get("cli.outputLost", lost.get())));
            return FAILED;
        }
        return code;
    }

    private int dispatch(String... args) {
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (command) {
                case "export" -> new ExportCommand(out, err).run(rest);
                case "factsheet" -> new FactSheetCommand(out).run(rest);
                case "list" -> new ListCommand(out, err).run(rest);
                case "check" -> new CheckCommand(out).run(rest);
                case "bench" -> Bench.run(out, benchArgs(rest));
                case Bench.CHILD -> Bench.runChild(out, rest);
                case "help", "--help", "-h" -> {
                    Messages english = Messages.english();
                    out.println(english.get("cli.usage"));
                    BuildInfo build = BuildInfo.read();
                    out.println(english.get(
                            "cli.builtFor",
                            build.version(),
                            english.get("platform." + build.platform()),
                            build.javafx(),
                            build.platform()));
                    yield OK;
                }
                default -> throw new UsageException(Messages.english().get("cli.unknownCommand", command));
            };
        } catch (UsageException e) {
            err.println(Messages.english().get("cli.error", e.getMessage()));
            return USAGE;
        } catch (Exception | OutOfMemoryError e) {
            err.println(Messages.english().get("cli.error", describe(e)));
            return FAILED;
        }
    }

    /** {@code bench [PART [ITERATIONS]]}: anything else is a usage error, not a multi-minute run of everything. */
    static String[] benchArgs(String... args) {
        if (args.length == 0) return args;
        if (args.length == 3 && args[0].equals("startup") && args[1].equals("--image")) return args;
        if (!Bench.PARTS.contains(args[0]) || args.length > 2 || (args.length == 2 && !args[0].equals("soak")))
            throw new UsageException(Messages.english().get("cli.benchUsage", args[0], String.join("|", Bench.PARTS)));
        if (args.length == 2 && !args[1].matches("[1-9][0-9]{0,6}"))
            throw Args.bad("bench soak", args[1], Messages.english().get("cli.aWholeNumber"));
        return args;
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError)
            return Messages.english()
                    .get("cli.outOfMemory", Runtime.getRuntime().maxMemory() >> 20);
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private Optional<String> outputFailure() {
        if (out instanceof StandardOutput checked) return checked.failure();
        out.flush();
        return out.checkError() ? Optional.of("?") : Optional.empty();
    }
}
