package org.longjiang.atlas.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code bench}: the figures that matter, as medians or ratios from one run. */
public final class Bench {
    private Bench() {}

    public static int run(PrintStream out, String... args) throws Exception {
        if (args.length > 1 && args[0].equals(StartupBench.CHILD)) {
            StartupBench.childMain(args[1]);
            return 0;
        }
        out.printf(
                "machine: %d cores, Java %s, %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name"));
        // One part alone (bench pan | bench dossier | bench export): the whole run takes minutes.
        if (args.length > 1 && args[1].equals("pan")) {
            PanBench.run(out);
            return 0;
        }
        if (args.length > 1 && args[1].equals("dossier")) {
            DossierBench.run(out);
            return 0;
        }
        if (args.length > 1 && args[1].equals("export")) {
            ExportBench.run(out);
            return 0;
        }
        // bench startup [--image APP-IMAGE]: the jar's ratio to the floor, and the installed image's.
        if (args.length > 1 && args[1].equals("startup")) {
            boolean image = args.length > 3 && args[2].equals("--image");
            StartupBench.run(out, image ? Path.of(args[3]) : null);
            return 0;
        }
        TileBench.run(out);
        StartupBench.run(out, null);
        PanBench.run(out);
        DossierBench.run(out);
        ExportBench.run(out);
        return 0;
    }
}
