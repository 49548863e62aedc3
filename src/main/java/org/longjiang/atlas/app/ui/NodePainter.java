package org.longjiang.atlas.app.ui;

import java.awt.Graphics2D;

/** Draws a node's content itself, into any Graphics2D (the basemap under the map's overlays). */
@FunctionalInterface
public interface NodePainter {
    /**
     * @param g           user space in the node's logical pixels, (0, 0) at its top-left corner
     * @param detailScale device pixels per logical pixel of the target, for the level of detail
     */
    void paint(Graphics2D g, double width, double height, double detailScale);
}
