package org.longjiang.atlas.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.MainWindow;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.io.AtlasLoader;

/**
 * Click → dossier shown: selecting a subject, laying the window out and rendering it, for a
 * small dossier and the largest ones; and the cost of a year change with the province open
 * (the year slider rebuilds its charts to mark the year) and of a language switch.
 */
final class DossierBench {
    private static final int ROUNDS = 15;
    private static final List<String> SUBJECTS = List.of("heihe", "harbin", "heilongjiang", "russia");
    private static final List<String> LANGUAGES = List.of("zh", "ru", "en");

    private DossierBench() {}

    static void run(PrintStream out) throws Exception {
        HeadlessFx.start();
        MainWindow w = HeadlessFx.call(() -> {
            MainWindow window = AtlasApp.build(TaskRunner.synchronous(), AtlasLoader.loadBundled());
            new Scene(window, 1440, 900);
            window.applyCss();
            window.layout();
            return window;
        });
        TileService.shared().awaitIdle(60_000);
        for (String id : SUBJECTS) {
            double[] ms = new double[ROUNDS];
            for (int i = -3; i < ROUNDS; i++) {
                HeadlessFx.call(() -> {
                    w.state().clearSelection();
                    frame(w);
                    return null;
                });
                double t = HeadlessFx.call(() -> {
                    long s = System.nanoTime();
                    w.state().select(id);
                    frame(w);
                    return (System.nanoTime() - s) / 1e6;
                });
                if (i >= 0) ms[i] = t;
            }
            Stats s = Stats.of(ms);
            out.printf(
                    "click → dossier shown, %s: median %.1f ms, p95 %.1f ms (%d clicks)%n",
                    id, s.median(), s.percentile(95), ROUNDS);
        }
        HeadlessFx.call(() -> {
            w.state().select("heilongjiang");
            frame(w);
            return null;
        });
        Stats s = timed(w, i -> w.state().setYear(2006 + i));
        out.printf(
                "year change with the province dossier open: median %.1f ms, p95 %.1f ms%n",
                s.median(), s.percentile(95));
        Stats l = timed(w, i -> w.state().setLanguage(LANGUAGES.get(i % LANGUAGES.size())));
        out.printf(
                "language switch (whole window relabelled) with the province dossier open: median %.1f ms, p95 %.1f ms%n",
                l.median(), l.percentile(95));
    }

    /** Milliseconds from each of {@link #ROUNDS} changes to the window's next frame, on the FX thread. */
    private static Stats timed(MainWindow w, IntConsumer change) {
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            int round = i;
            ms[i] = HeadlessFx.call(() -> {
                long t = System.nanoTime();
                change.accept(round);
                frame(w);
                return (System.nanoTime() - t) / 1e6;
            });
        }
        return Stats.of(ms);
    }

    private static void frame(MainWindow w) {
        w.applyCss();
        w.layout();
        w.snapshot(new SnapshotParameters(), new WritableImage(1440, 900));
    }
}
