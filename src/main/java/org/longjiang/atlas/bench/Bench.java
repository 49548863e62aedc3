package org.longjiang.atlas.bench;

import java.io.PrintStream;

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
        TileBench.run(out);
        StartupBench.run(out);
        PanBench.run(out);
        DossierBench.run(out);
        ExportBench.run(out);
        return 0;
    }
}
