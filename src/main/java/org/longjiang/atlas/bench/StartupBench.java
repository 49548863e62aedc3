package org.longjiang.atlas.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.MainWindow;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.TaskRunner;

/**
 * Cold start to the first full map frame (window shown, every tile on screen), in fresh JVMs,
 * against a bare window holding an empty MapView started the same way (Monocle headless, sw).
 */
final class StartupBench {
    static final String CHILD = "bench-start-child";
    private static final int RUNS = 5;

    private StartupBench() {}

    static void run(PrintStream out) throws Exception {
        double[] full = new double[RUNS], bare = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            full[i] = child("full");
            bare[i] = child("bare");
        }
        double f = Stats.of(full).median(), b = Stats.of(bare).median();
        out.printf(
                "cold start to first full map frame: atlas median %.0f ms, bare MapView median %.0f ms, ratio %.2f (%d runs each)%n",
                f, b, f / b, RUNS);
    }

    private static double child(String mode) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = new ArrayList<>(List.of(
                java, "-cp", System.getProperty("java.class.path"), "org.longjiang.atlas.Launcher", CHILD, mode));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) last = line;
        }
        if (p.waitFor() != 0 || last == null) throw new IllegalStateException("start-up child failed: " + mode);
        return Double.parseDouble(last.trim());
    }

    /** In the child JVM: start, show, wait for every tile, print milliseconds since the JVM started. */
    static void childMain(String mode) throws Exception {
        HeadlessFx.start();
        if ("full".equals(mode)) {
            HeadlessFx.call(() -> {
                MainWindow w = AtlasApp.build(TaskRunner.background());
                show(new Scene(w, 1440, 900));
                return null;
            });
        } else {
            TileService.shared().useBasemap(org.longjiang.atlas.core.basemap.BasemapData.loadBundled());
            HeadlessFx.call(() -> {
                com.gluonhq.maps.MapView map = new com.gluonhq.maps.MapView();
                map.setZoom(5);
                map.setCenter(47.6, 128.8);
                show(new Scene(map, 1440, 900));
                return null;
            });
        }
        do {
            Thread.sleep(5);
            TileService.shared().awaitIdle(60_000);
            HeadlessFx.call(() -> null); // tiles are put on screen by runLater: let them through
        } while (TileService.shared().pending() > 0 || TileService.shared().basemap() == null);
        double ms = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(ms);
        Platform.exit();
    }

    private static void show(Scene scene) {
        Stage s = new Stage();
        s.setScene(scene);
        s.show();
    }
}
