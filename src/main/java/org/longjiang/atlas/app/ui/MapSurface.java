package org.longjiang.atlas.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import org.longjiang.atlas.core.geo.Viewport;

/**
 * The map pane as an image export sees it: a node with a view that can be set and read back, and
 * switchable decorations. The map feature implements it; the export feature only uses it.
 */
public interface MapSurface {
    Node node();

    /** Centres the map and sets its zoom at once, without animation. */
    void setView(Viewport view);

    /** The view the map settled on (whole pixels, clamped zoom). */
    Viewport view();

    double mapWidth();

    double mapHeight();

    /** Shows each of the legend, scale bar and attribution on its own. */
    void setDecorations(boolean legend, boolean scaleBar, boolean attribution);

    /** Adds a decoration over a corner of the map; place labels keep off it. */
    void addOverlay(Node node, Pos corner);

    /** Interactive controls are for the window, not for images. */
    void setInteractive(boolean interactive);

    /**
     * Has {@code painter} draw the basemap underneath, in one piece, instead of tiles: exports draw
     * it straight into their image band, SVG or PDF page (see {@code app.ui.render.Layers}).
     */
    void paintBasemapWith(NodePainter painter);
}
