package org.longjiang.atlas.core.basemap;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.longjiang.atlas.core.geo.WebMercator;

/**
 * Draws the basemap of a whole view in one piece, at any (fractional) zoom and pixel scale: no
 * tile seams and no resampling, so exports at 2× and 4× stay sharp. Thread-safe.
 */
public final class ViewRenderer {
    private final BasemapData data;

    public ViewRenderer(BasemapData data) {
        this.data = data;
    }

    /**
     * @param width  the view's width in logical pixels (the image is {@code width × scale} wide)
     * @param scale  device pixels per logical pixel
     */
    public BufferedImage render(double centerLat, double centerLon, double zoom, int width, int height, double scale) {
        int w = (int) Math.round(width * scale), h = (int) Math.round(height * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        double world = WebMercator.worldSize(zoom) * scale;
        double originX = WebMercator.x(centerLon) * world - w / 2.0;
        double originY = WebMercator.y(centerLat) * world - h / 2.0;
        int detail = (int) Math.floor(zoom + 0.2);
        paint(img, null, detail, world, originX, originY, scale);
        // A view across the 180° meridian (the Bering Strait) shows the next copy of the world beyond it.
        if (originX + w > world) {
            int edge = (int) Math.floor(world - originX);
            paint(img, new Rectangle(edge, 0, w - edge, h), detail, world, originX - world, originY, scale);
        }
        if (originX < 0) {
            int edge = (int) Math.ceil(-originX);
            paint(img, new Rectangle(0, 0, edge, h), detail, world, originX + world, originY, scale);
        }
        return img;
    }

    private void paint(
            BufferedImage img, Rectangle clip, int detail, double world, double originX, double originY, double scale) {
        Graphics2D g = img.createGraphics();
        try {
            if (clip != null) g.setClip(clip);
            new FramePainter(data, g, detail, world, originX, originY, img.getWidth(), img.getHeight(), scale).paint();
        } finally {
            g.dispose();
        }
    }
}
