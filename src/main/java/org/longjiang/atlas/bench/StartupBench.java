package org.longjiang.atlas.bench;

import com.gluonhq.maps.MapView;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.longjiang.atlas.Launcher;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.MainWindow;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.basemap.BasemapData;

/**
 * Cold start to the first full map frame (window shown, every tile on screen), in fresh JVMs,
 * against a bare window holding an empty MapView started the same way (Monocle headless, sw).
 */
final class StartupBench {
    static final String CHILD = "bench-start-child";
    private static final int RUNS = 5;

    private StartupBench() {}

    /**
     * The runnable jar (or the classes folder) against the bare floor, both started as {@code java
     * -cp … Launcher}; with an application image, its launcher too, in the same rounds.
     */
    static void run(PrintStream out, Path image) throws Exception {
        Path launcher = image == null ? null : ImageLauncher.find(image);
        double[] full = new double[RUNS], bare = new double[RUNS], installed = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            full[i] = child(javaCommand("full"));
            bare[i] = child(javaCommand("bare"));
            if (launcher != null) installed[i] = child(List.of(launcher.toString(), CHILD, "full"));
        }
        double f = Stats.of(full).median(), b = Stats.of(bare).median();
        out.printf(
                "cold start to first full map frame: atlas median %.0f ms, bare MapView median %.0f ms, ratio %.2f (%d runs each; %s)%n",
                f, b, f / b, RUNS, System.getProperty("java.class.path"));
        if (launcher != null) {
            double a = Stats.of(installed).median();
            out.printf("application image (%s): median %.0f ms, ratio %.2f to the same floor%n", launcher, a, a / b);
        }
    }

    private static List<String> javaCommand(String mode) {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return List.of(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), CHILD, mode);
    }

    private static double child(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) last = line;
        }
        if (p.waitFor() != 0 || last == null) throw new IllegalStateException("start-up child failed: " + cmd);
        return Double.parseDouble(last.trim());
    }

    /** In the child JVM: start, show, wait for every tile, print milliseconds since the JVM started. */
    static void childMain(String mode) throws Exception {
        if ("full".equals(mode)) AtlasApp.preload(); // as Launcher does before the toolkit starts
        // Both sides show a 1440 × 900 scene: on Monocle's default 1280 × 800 screen every frame's
        // upload fails (BufferOverflowException), so the frames were never finished.
        System.setProperty("headless.geometry", "1920x1080-32");
        HeadlessFx.start();
        if ("full".equals(mode)) {
            HeadlessFx.call(() -> {
                MainWindow w = AtlasApp.build(TaskRunner.background());
                show(new Scene(w, 1440, 900));
                return null;
            });
        } else {
            TileService.shared().useBasemap(BasemapData.loadBundled());
            HeadlessFx.call(() -> {
                MapView map = new MapView();
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
