package org.longjiang.atlas.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code bench}: the figures that matter, as medians or ratios from one run. */
public final class Bench {
    /** The sub-command the start-up benchmark runs in a fresh JVM for each measured start. */
    public static final String CHILD = StartupBench.CHILD;
    /** The parts that can run alone ({@code bench export}); {@code soak} takes an iteration count. */
    public static final List<String> PARTS = List.of("tiles", "startup", "pan", "dossier", "export", "soak");

    private Bench() {}

    /** {@code args}: nothing (every part but the soak, minutes), one part, or {@code soak N}; checked by the caller. */
    public static int run(PrintStream out, String... args) throws Exception {
        out.printf(
                "machine: %d cores, Java %s, %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name"));
        String part = args.length == 0 ? "all" : args[0];
        switch (part) {
            case "tiles" -> TileBench.run(out);
            case "startup" -> StartupBench.run(out, args.length > 2 ? Path.of(args[2]) : null);
            case "pan" -> PanBench.run(out);
            case "dossier" -> DossierBench.run(out);
            case "export" -> ExportBench.run(out);
            case "soak" ->
                SoakBench.inChildJvm(out, args.length > 1 ? Integer.parseInt(args[1]) : SoakBench.ITERATIONS);
            default -> {
                TileBench.run(out);
                StartupBench.run(out, null);
                PanBench.run(out);
                DossierBench.run(out);
                ExportBench.run(out);
            }
        }
        return 0;
    }

    /** In a child JVM a benchmark launched: one measured start ({@code full}, {@code bare}), or the soak ({@code soak N}). */
    public static int runChild(PrintStream out, String... args) throws Exception {
        if (args[0].equals("soak")) SoakBench.run(out, Integer.parseInt(args[1]));
        else StartupBench.childMain(args[0]);
        return 0;
    }
}
