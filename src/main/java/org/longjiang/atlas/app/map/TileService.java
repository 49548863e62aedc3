package org.longjiang.atlas.app.map;

import java.util.Optional;
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
 *
 * <p>A tile asked for before the basemap is given waits for it. Each waiting request holds, through
 * Gluon's callback, its map and so the map's whole scene: in a JVM that never gives a basemap (the
 * export command draws its own), they would pile up for good, a whole export frame and atlas per
 * image. Such a JVM calls {@link #declineTiles()}, and waiting and later requests get a transparent
 * tile at once.
 */
public final class TileService {
    private static final TileService SHARED = new TileService(
            Long.getLong("atlas.tileCacheMiB", 96L) * 1024 * 1024,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

    /** Completes with the renderer when a basemap is given, or empty when tiles are declined. */
    private volatile CompletableFuture<Optional<TileRenderer>> renderer = new CompletableFuture<>();

    private final ExecutorService pool;
    private final TileImageCache cache;
    private final AtomicInteger pending = new AtomicInteger();
    private final Object idleLock = new Object();
    private volatile BasemapData basemap;
    private static volatile Image blank;

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
    public synchronized void useBasemap(BasemapData data) {
        if (basemap != null) return;
        Optional<TileRenderer> r = Optional.of(new TileRenderer(data));
        CompletableFuture<Optional<TileRenderer>> waiting = renderer;
        renderer = CompletableFuture.completedFuture(r);
        basemap = data;
        waiting.complete(r);
    }

    /**
     * For a JVM whose maps never show tiles (their basemap is drawn underneath in one piece): the
     * requests waiting for a basemap, and those made until one is given, are answered at once with
     * a transparent tile, so nothing waits holding its map. No effect once a basemap is given.
     */
    public synchronized void declineTiles() {
        if (basemap == null) renderer.complete(Optional.empty());
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
        CompletableFuture<Optional<TileRenderer>> source = renderer;
        if (source.isDone() && source.join().isEmpty()) return CompletableFuture.completedFuture(blank());
        pending.incrementAndGet();
        return source.thenApplyAsync(
                        r -> {
                            if (r.isEmpty()) return blank();
                            Image img = toImage(r.get().renderPixels(zoom, x, y));
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

    /** One shared transparent tile: declined tiles cost no memory each. */
    private static Image blank() {
        Image b = blank;
        if (b == null) {
            synchronized (TileService.class) {
                if (blank == null) blank = new WritableImage(TileRenderer.SIZE, TileRenderer.SIZE);
                b = blank;
            }
        }
        return b;
    }

    private static Image toImage(int[] argb) {
        int size = TileRenderer.SIZE;
        WritableImage img = new WritableImage(size, size);
        img.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        return img;
    }

    /** The pixel memory of the cached tiles (bounded by the budget, {@code atlas.tileCacheMiB}, 96 MiB by default). */
    public long cachedBytes() {
        return cache.bytes();
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
