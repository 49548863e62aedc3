package org.longjiang.atlas.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import org.longjiang.atlas.bench.Bench;
import org.longjiang.atlas.core.i18n.Messages;

/** Dispatches the sub-commands ({@code export}, {@code factsheet}, {@code list}, {@code check}, {@code bench}, {@code help}) and turns their outcome into an exit code. */
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
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (command) {
                case "export" -> new ExportCommand(out, err).run(rest);
                case "factsheet" -> new FactSheetCommand(out).run(rest);
                case "list" -> new ListCommand(out).run(rest);
                case "check" -> new CheckCommand(out).run(rest);
                case "bench", "bench-start-child" -> Bench.run(out, args);
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
        } catch (Exception e) {
            err.println(Messages.english().get("cli.error", String.valueOf(e.getMessage())));
            return FAILED;
        }
    }
}
