package org.longjiang.atlas.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.MainWindow;
import org.longjiang.atlas.app.map.AtlasMap;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Atlas;

/**
 * Frame cost while panning and zooming with every layer on: each step moves the map, lays the
 * window out and renders it (a snapshot stands in for the screen), with the real and 10× data.
 * Besides the wall time, the CPU time the frame took on the FX and render threads: on a shared
 * machine the wall time mostly measures the other tenants, the CPU time measures the frame.
 */
final class PanBench {
    private static final int STEPS = 300;
    private static final int WARM_UP = 40;

    private PanBench() {}

    static void run(PrintStream out) throws Exception {
        HeadlessFx.start();
        LoadResult real = AtlasLoader.loadBundled();
        Atlas ten = SyntheticAtlas.times(real.atlas(), 10, 42);
        for (var c : List.of(real, new LoadResult(ten, List.of()))) {
            double[][] ms = measure(c);
            Stats wall = Stats.of(ms[0]), cpu = Stats.of(ms[1]);
            out.printf(
                    "frame while panning/zooming, %d places and %d links: median %.1f ms, p95 %.1f ms (%d steps);"
                            + " CPU (FX + render threads) median %.1f ms, p95 %.1f ms%n",
                    c.atlas().places().size(),
                    c.atlas().links().size(),
                    wall.median(),
                    wall.percentile(95),
                    STEPS,
                    cpu.median(),
                    cpu.percentile(95));
        }
    }

    /** The thread's CPU nanoseconds so far; 0 for no such thread (a pipeline that renders on the FX thread). */
    private static long cpuOf(ThreadMXBean threads, long id) {
        return id > 0 ? threads.getThreadCpuTime(id) : 0;
    }

    /** Wall and CPU milliseconds of each step. */
    private static double[][] measure(LoadResult content) throws Exception {
        MainWindow w = HeadlessFx.call(() -> {
            MainWindow window = AtlasApp.build(TaskRunner.synchronous(), content);
            new Scene(window, 1440, 900);
            window.applyCss();
            window.layout();
            return window;
        });
        AtlasMap map = w.mapPane().map();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst()
                .map(Thread::getId)
                .orElse(-1L);
        // render all tiles the walk will need first: this measures the overlays and compositing
        double[] ms = new double[STEPS], cpu = new double[STEPS];
        for (int i = -WARM_UP; i < STEPS; i++) {
            final int step = i;
            if (i == 0) TileService.shared().awaitIdle(60_000);
            double[] t = HeadlessFx.call(() -> {
                long s = System.nanoTime();
                long fx = threads.getCurrentThreadCpuTime(), render = cpuOf(threads, renderer);
                if (step % 50 == 25) map.zoomBy(step % 100 == 25 ? 1 : -1);
                else map.pan(step % 50 < 25 ? 23 : -23, step % 20 < 10 ? 11 : -11);
                w.layout();
                w.snapshot(new SnapshotParameters(), new WritableImage(1440, 900));
                long used = threads.getCurrentThreadCpuTime() - fx + cpuOf(threads, renderer) - render;
                return new double[] {(System.nanoTime() - s) / 1e6, used / 1e6};
            });
            if (i >= 0) {
                ms[i] = t[0];
                cpu[i] = t[1];
            }
        }
        return new double[][] {ms, cpu};
    }
}
