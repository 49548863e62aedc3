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

    private UiTestSupport() {
    }

    public static synchronized void watchNetworkAndLoadBasemap() {
        if (!watching) {
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    NETWORK_ATTEMPTS.add(uri);
                    return List.of(Proxy.NO_PROXY);
                }

                @Override
                public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                }
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
}
