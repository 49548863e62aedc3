package org.longjiang.atlas.app;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.core.basemap.BasemapData;

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
            org.longjiang.atlas.app.map.TileService.shared().awaitIdle(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the whole window on the content, at the size of the headless screen. */
    public static MainWindow show(javafx.stage.Stage stage, org.longjiang.atlas.core.io.LoadResult content) {
        MainWindow window = AtlasApp.build(org.longjiang.atlas.app.ui.TaskRunner.synchronous(), content);
        stage.setScene(new javafx.scene.Scene(window, 1280, 800));
        stage.show();
        return window;
    }
}
