package org.longjiang.atlas.app.map;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.TileRenderer;

/**
 * Renders basemap tiles off the FX thread on a small daemon pool and keeps them in a bounded
 * cache. One per JVM, because Gluon Maps picks its tile retriever once per JVM.
 */
public final class TileService {
    private static final TileService SHARED = new TileService(
            Long.getLong("atlas.tileCacheMiB", 96L) * 1024 * 1024,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

    private final CompletableFuture<TileRenderer> renderer = new CompletableFuture<>();
    private final ExecutorService pool;
    private final TileImageCache cache;
    private final AtomicInteger pending = new AtomicInteger();
    private final Object idleLock = new Object();
    private volatile BasemapData basemap;
    private volatile boolean declined;

    TileService(long cacheBytes, int threads) {
        this.cache = new TileImageCache(cacheBytes);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "atlas-tiles-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    public static TileService shared() {
        return SHARED;
    }

    /** Gives the service its basemap; tiles asked for before this wait for it. Later calls are ignored. */
    public void useBasemap(BasemapData data) {
        if (renderer.complete(new TileRenderer(data))) basemap = data;
    }

    /**
     * For a process that draws its basemap in one piece and never gives this service one (the
     * command line's exports): tiles asked for are answered at once with no image. Otherwise each
     * request would wait for a basemap that never comes, and its callback would hold the map that
     * asked, and with it a whole exported frame, for the rest of the run.
     */
    public void declineTiles() {
        declined = true;
    }

    /** The basemap in use, or null while it is still loading. */
    public BasemapData basemap() {
        return basemap;
    }

    /** Never blocks: Gluon Maps calls this on the FX thread during layout. */
    CompletableFuture<Image> load(int zoom, long x, long y) {
        long key = TileImageCache.key(zoom, x, y);
        Image cached = cache.get(key);
        if (cached != null) return CompletableFuture.completedFuture(cached);
        if (declined && !renderer.isDone()) return CompletableFuture.completedFuture(null);
        pending.incrementAndGet();
        return renderer.thenApplyAsync(
                        r -> {
                            Image img = toImage(r.renderPixels(zoom, x, y));
                            cache.put(key, img);
                            return img;
                        },
                        pool)
                .whenComplete((img, err) -> {
                    if (pending.decrementAndGet() == 0) {
                        synchronized (idleLock) {
                            idleLock.notifyAll();
                        }
                    }
                });
    }

    private static Image toImage(int[] argb) {
        int size = TileRenderer.SIZE;
        WritableImage img = new WritableImage(size, size);
        img.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        return img;
    }

    /** Tiles asked for and not yet rendered. */
    public int pending() {
        return pending.get();
    }

    /** Waits until no tile is being rendered, or the timeout passes; true when idle. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (idleLock) {
            while (pending.get() > 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) return false;
                idleLock.wait(left);
            }
        }
        return true;
    }
}
