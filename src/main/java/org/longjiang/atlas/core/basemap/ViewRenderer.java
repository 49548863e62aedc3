package org.longjiang.atlas.core.basemap;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.longjiang.atlas.core.geo.WebMercator;

/**
 * Draws the basemap of a whole view in one piece, at any (fractional) zoom and pixel scale, straight
 * into any {@link Graphics2D}: an image band, an SVG or a PDF page (where it stays vector). No tile
 * seams and no resampling, so exports at 2× and 4× stay sharp. Thread-safe.
 */
public final class ViewRenderer {
    private final BasemapData data;

    public ViewRenderer(BasemapData data) {
        this.data = data;
    }

    /**
     * Paints the view into {@code g}, whose user space is the view's logical pixels with (0, 0) at its
     * top-left corner; nothing is drawn outside {@code width × height}, and only what meets the
     * graphics' clip is drawn at all (so an image drawn band by band costs little more than whole).
     *
     * @param width  the view's width in logical pixels
     * @param scale  device pixels per logical pixel: strokes and the level of detail follow it, so a
     *               4× image is drawn as finely as the window draws a 4× screen
     */
    public void paint(
            Graphics2D g, double centerLat, double centerLon, double zoom, double width, double height, double scale) {
        int w = (int) Math.round(width * scale), h = (int) Math.round(height * scale);
        if (w <= 0 || h <= 0) return;
        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        try {
            g.clip(new Rectangle2D.Double(0, 0, width, height));
            g.scale(1 / scale, 1 / scale);
            double world = WebMercator.worldSize(zoom) * scale;
            double originX = WebMercator.x(centerLon) * world - w / 2.0;
            double originY = WebMercator.y(centerLat) * world - h / 2.0;
            new FramePainter(data, g, (int) Math.floor(zoom + 0.2), world, originX, originY, w, h, scale).paint();
        } finally {
            g.setTransform(transform);
            g.setClip(clip);
        }
    }
}
