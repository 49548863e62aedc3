package org.longjiang.atlas.app.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/** The tile source Gluon Maps finds through ServiceLoader: our own offline basemap, never the network. */
public final class OfflineTileRetriever implements TileRetriever {

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        return TileService.shared().load(zoom, x, y);
    }
}
