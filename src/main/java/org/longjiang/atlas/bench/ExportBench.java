package org.longjiang.atlas.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.export.Decoration;
import org.longjiang.atlas.app.export.ExportContent;
import org.longjiang.atlas.app.export.ExportFormat;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.export.ExportRequest;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.AtlasLoader;

/**
 * Export of the home view with every decoration: a 4K PNG (median of 5), 4K at 4× once with its
 * peak heap (bands keep it small), and the same view as SVG and PDF (medians of 5, with file sizes).
 */
final class ExportBench {
    private static final int RUNS = 5;

    private ExportBench() {}

    static void run(PrintStream out) throws Exception {
        HeadlessFx.start();
        ExportRenderer renderer = new ExportRenderer(
                AtlasLoader.loadBundled(), new ViewRenderer(BasemapData.loadBundled()), new AtlasViews());
        Path tmp = Files.createTempFile("atlas-bench-", ".out");
        try {
            for (ExportFormat f : ExportFormat.values()) {
                export(renderer, request(1), f, tmp); // warm-up
                double[] ms = new double[RUNS];
                for (int i = 0; i < RUNS; i++) ms[i] = export(renderer, request(1), f, tmp);
                out.printf(
                        "export 3840×2160 %s of the home view (draw + write): median %.0f ms (%d runs), %d KB%n",
                        f.id().toUpperCase(Locale.ROOT), Stats.of(ms).median(), RUNS, Files.size(tmp) >> 10);
            }
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            double big = export(renderer, request(4), ExportFormat.PNG, tmp);
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            out.printf(
                    "export 15360×8640 PNG (4K at 4×): %.1f s, peak heap %d MB (sum of pool peaks), %d KB%n",
                    big / 1000, peak >> 20, Files.size(tmp) >> 10);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static ExportRequest request(int scale) {
        return new ExportRequest(
                ExportContent.MAP,
                new Viewport(47.6, 128.8, 5),
                Optional.empty(),
                "The Longjiang Silk Road Belt",
                3840,
                2160,
                scale,
                "en",
                Decoration.all(),
                Set.of(),
                Optional.empty());
    }

    private static double export(ExportRenderer renderer, ExportRequest r, ExportFormat f, Path file) throws Exception {
        long t = System.nanoTime();
        ExportRenderer.write(renderer.draw(r), f, file);
        return (System.nanoTime() - t) / 1e6;
    }
}
