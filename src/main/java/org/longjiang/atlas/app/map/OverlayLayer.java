package org.longjiang.atlas.app.map;

import com.gluonhq.maps.MapLayer;
import javafx.scene.layout.Region;

/**
 * A data layer drawn over the base map that lays itself out again whenever the base map moves,
 * zooms or changes size. Gluon lays layers out on centre and zoom changes, but not when the view
 * narrows (the dossier panel opening) or the base map is snapped to whole pixels afterwards;
 * without this a route could stay where the map was a frame earlier.
 */
abstract class OverlayLayer extends MapLayer {

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
        parentProperty().addListener((o, was, is) -> {
            if (is instanceof Region r) r.layoutBoundsProperty().addListener(b -> markDirty());
        });
        if (getParent() instanceof Region r) r.layoutBoundsProperty().addListener(b -> markDirty());
    }
}
