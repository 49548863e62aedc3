package org.longjiang.atlas.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.testing.NeedsFx;

/**
 * The headless leak of issue 15: a tile request waiting for a basemap that never comes held its
 * map (and through it the export frame and the atlas) for the life of the JVM.
 */
@NeedsFx
class TileServiceTest {
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();

    /**
     * A request made the way Gluon's map makes it: a callback that holds the map. The callback's own
     * stage is kept too, so a test can wait until the callback has run and let go.
     */
    private static WeakReference<Object> requestHeldByAMap(
            TileService s, List<CompletableFuture<Image>> requests, List<CompletableFuture<Void>> callbacks) {
        Object map = new Object();
        CompletableFuture<Image> tile = s.load(5, 24, 10);
        callbacks.add(tile.thenAccept(image -> map.hashCode()));
        requests.add(tile);
        return new WeakReference<>(map, QUEUE);
    }

    /** Whether the referent is collected: garbage collections until its reference is enqueued, at most {@code tries}. */
    private static boolean collected(WeakReference<?> ref, int tries) throws InterruptedException {
        for (int i = 0; i < tries; i++) {
            System.gc();
            if (QUEUE.remove(100) == ref) return true;
        }
        return false;
    }

    @Test
    void declinedTilesLetGoOfTheMapsThatWaited() throws Exception {
        TileService s = new TileService(1 << 20, 1);
        List<CompletableFuture<Image>> requests = new ArrayList<>();
        List<CompletableFuture<Void>> callbacks = new ArrayList<>();
        WeakReference<Object> map = requestHeldByAMap(s, requests, callbacks);
        assertFalse(requests.get(0).isDone());
        assertFalse(collected(map, 3), "without a basemap, the waiting request holds its map");

        s.declineTiles();
        Image tile = requests.get(0).get(10, TimeUnit.SECONDS);
        callbacks.get(0).get(10, TimeUnit.SECONDS);
        assertEquals(256, tile.getWidth());
        assertTrue(s.awaitIdle(10_000));
        assertTrue(collected(map, 50), "answered, the request lets go of its map");

        CompletableFuture<Image> later = s.load(6, 1, 1);
        assertTrue(later.isDone(), "later requests are answered at once");
        assertSame(tile, later.get(), "one shared transparent tile, not one per request");
        assertEquals(0, s.pending());
    }

    @Test
    void aBasemapGivenAfterDecliningIsUsed() throws Exception {
        TileService s = new TileService(1 << 20, 1);
        s.declineTiles();
        s.useBasemap(BasemapData.loadBundled());
        Image tile = s.load(3, 6, 2).get(30, TimeUnit.SECONDS);
        assertNotEquals(0, tile.getPixelReader().getArgb(128, 128) >>> 24, "a rendered, opaque tile");
        s.declineTiles();
        assertNotEquals(
                0,
                s.load(3, 6, 3).get(30, TimeUnit.SECONDS).getPixelReader().getArgb(128, 128) >>> 24,
                "declining after a basemap is given changes nothing");
    }
}
