package org.longjiang.atlas.app.map;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/** A least-recently-used cache of rendered tiles, bounded by a memory budget. Thread-safe. */
final class TileImageCache {
    private static final long BYTES_PER_TILE = 256L * 256L * 4L;
    private final int capacity;
    private final Map<Long, Image> map;

    TileImageCache(long budgetBytes) {
        this.capacity = (int) Math.max(16, budgetBytes / BYTES_PER_TILE);
        this.map = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    static long key(int zoom, long x, long y) {
        return ((long) zoom << 58) | (x << 29) | y;
    }

    synchronized Image get(long key) {
        return map.get(key);
    }

    synchronized void put(long key, Image image) {
        map.put(key, image);
    }

    /** The pixel memory the cached tiles hold. */
    synchronized long bytes() {
        return map.size() * BYTES_PER_TILE;
    }
}
