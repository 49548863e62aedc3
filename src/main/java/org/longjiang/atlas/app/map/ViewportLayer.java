package org.longjiang.atlas.app.map;

import com.gluonhq.maps.MapLayer;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * An invisible layer whose only job is to reach Gluon's base map: its zoom and centre
 * properties and its pivot zoom, which {@code MapView} does not expose.
 */
final class ViewportLayer extends MapLayer {

    ViewportLayer() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /**
     * Keeps the base map on whole pixels: at a fractional offset every tile edge is resampled
     * and shows a faint seam.
     */
    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener((o, a, b) -> snap(b.doubleValue(), baseMap::setTranslateX));
        baseMap.translateYProperty().addListener((o, a, b) -> snap(b.doubleValue(), baseMap::setTranslateY));
    }

    private static void snap(double v, DoubleConsumer set) {
        double r = Math.rint(v);
        if (r != v) set.accept(r);
    }

    /** Hides the tiles, for views whose basemap is drawn in one piece underneath (exports). */
    void hideTiles() {
        baseMap.setVisible(false);
    }

    ReadOnlyDoubleProperty zoom() {
        return baseMap.zoom();
    }

    ReadOnlyDoubleProperty centerLat() {
        return baseMap.centerLat();
    }

    ReadOnlyDoubleProperty centerLon() {
        return baseMap.centerLon();
    }

    /** Zooms by {@code delta} levels keeping the map point under (px, py) in place. */
    void zoomAround(double delta, double px, double py) {
        baseMap.zoom(delta, px, py);
    }

    void move(double dx, double dy) {
        baseMap.moveX(dx);
        baseMap.moveY(dy);
    }
}
