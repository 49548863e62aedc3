package org.longjiang.atlas.app;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.io.LoadResult;

/** Shared set-up for UI tests: the basemap, and a watch on any attempt to reach the network. */
public final class UiTestSupport {
    /** Every URI the JVM tried to open a connection to since the watch started. */
    public static final List<URI> NETWORK_ATTEMPTS = new CopyOnWriteArrayList<>();

    private static boolean watching;

    private UiTestSupport() {}

    public static synchronized void watchNetworkAndLoadBasemap() {
        if (!watching) {
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    NETWORK_ATTEMPTS.add(uri);
                    return List.of(Proxy.NO_PROXY);
                }

                @Override
                public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
            });
            watching = true;
        }
        TileService.shared().useBasemap(BasemapData.loadBundled());
    }

    /** Whether the class has been loaded (not merely whether it could be). */
    public static boolean isLoaded(String className) throws Exception {
        Method m = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
        m.setAccessible(true);
        ClassLoader cl = UiTestSupport.class.getClassLoader();
        return m.invoke(cl, className) != null;
    }

    /**
     * Lets tiles, legend and labels finish changing: TestFX looks nodes up off the FX thread, and a
     * scene graph still being rebuilt can make that lookup fail.
     */
    public static void settle() {
        try {
            TileService.shared().awaitIdle(30_000);
            // Tiles arrive by runLater; each pulse then lays out what they and earlier events changed.
            for (int i = 0; i < 2; i++) {
                fxRoundTrip();
                nextPulse();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs the action on the FX thread and returns after it and the pulse that lays out what it
     * changed; what the action throws is thrown here. (TestFX's interact sleeps 50 ms after each.)
     */
    public static void interact(Runnable action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get(30, TimeUnit.SECONDS);
            nextPulse();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer in 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns once the FX thread has run everything queued before this call. */
    private static void fxRoundTrip() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(done::countDown);
        await(done);
    }

    /**
     * Returns once a whole pulse has run: an animation timer is called at the start of two
     * consecutive pulses, and between them the first pulse's CSS, layout and rendering are done.
     * (TestFX's waitForFxEvents sleeps 10 ms five times instead.)
     */
    private static void nextPulse() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                done.countDown();
                if (done.getCount() == 0) stop();
            }
        }.start());
        await(done);
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the FX thread did not answer in 30 s");
    }

    /** Shows the whole window on the content, at the size of the headless screen. */
    public static MainWindow show(Stage stage, LoadResult content) {
        MainWindow window = AtlasApp.build(TaskRunner.synchronous(), content);
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        return window;
    }
}
