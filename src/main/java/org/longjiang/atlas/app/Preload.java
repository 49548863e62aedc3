package org.longjiang.atlas.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;

/**
 * The work of a start that needs no JavaFX — reading the data and the basemap — begun as the JVM
 * starts, each on its own daemon thread, so it overlaps the toolkit's start instead of following it.
 * The content is the records without the history and translation checks (see {@link
 * AtlasLoader#loadRecords()}): the window runs those after its first frame.
 */
record Preload(CompletableFuture<LoadResult> content, CompletableFuture<BasemapData> basemap) {

    static Preload start() {
        ClassWarmUp.start();
        return new Preload(
                async("atlas-load-data", AtlasLoader::loadBundledRecords),
                async("atlas-load-basemap", BasemapData::loadBundled));
    }

    /** The basemap, waiting for it; a failure to read it is thrown as it was thrown. */
    BasemapData basemapNow() {
        try {
            return basemap.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static <T> CompletableFuture<T> async(String name, Supplier<T> work) {
        Executor thread = r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        };
        return CompletableFuture.supplyAsync(work, thread);
    }
}
