package org.longjiang.atlas.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.export.Decoration;
import org.longjiang.atlas.app.export.ExportContent;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.export.ExportRequest;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.AtlasLoader;

/** Image export of the home view with every decoration: a 4K PNG at 1× (median of 5), and 4K at 4× once with its peak heap. */
final class ExportBench {
    private static final int RUNS = 5;

    private ExportBench() {}

    static void run(PrintStream out) throws Exception {
        HeadlessFx.start();
        ExportRenderer renderer = new ExportRenderer(
                AtlasLoader.loadBundled(), new ViewRenderer(BasemapData.loadBundled()), new AtlasViews());
        File tmp = File.createTempFile("atlas-bench-", ".png");
        try {
            export(renderer, request(1), tmp); // warm-up
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) ms[i] = export(renderer, request(1), tmp);
            out.printf(
                    "export 3840×2160 PNG (render + encode): median %.0f ms (%d runs)%n",
                    Stats.of(ms).median(), RUNS);
            long max = Runtime.getRuntime().maxMemory();
            if ((long) 15360 * 8640 * 4 * 6 > max) {
                out.printf("export 15360×8640 PNG: skipped, the heap (%d MB) is too small%n", max >> 20);
                return;
            }
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            double big = export(renderer, request(4), tmp);
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            out.printf(
                    "export 15360×8640 PNG (4K at 4×): %.1f s, peak heap %d MB (sum of pool peaks)%n",
                    big / 1000, peak >> 20);
        } finally {
            tmp.delete();
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

    private static double export(ExportRenderer renderer, ExportRequest r, File file) throws Exception {
        long t = System.nanoTime();
        BufferedImage img = renderer.render(r);
        ImageIO.write(img, "png", file);
        return (System.nanoTime() - t) / 1e6;
    }
}
