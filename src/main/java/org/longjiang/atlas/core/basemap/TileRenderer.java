package org.longjiang.atlas.core.basemap;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.longjiang.atlas.core.geo.WebMercator;

/** Draws one 256-px Web-Mercator tile (z, x, y) of the offline basemap with Java2D. Thread-safe. */
public final class TileRenderer {
    public static final int SIZE = WebMercator.TILE_SIZE;

    private final BasemapData data;

    public TileRenderer(BasemapData data) {
        this.data = data;
    }

    /** The tile's pixels, ARGB, row by row. */
    public int[] renderPixels(int zoom, long x, long y) {
        BufferedImage img = render(zoom, x, y);
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    public BufferedImage render(int zoom, long x, long y) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            new FramePainter(
                            data,
                            g,
                            zoom,
                            WebMercator.worldSize(zoom),
                            x * (double) SIZE,
                            y * (double) SIZE,
                            SIZE,
                            SIZE,
                            1)
                    .paint();
        } finally {
            g.dispose();
        }
        return img;
    }
}
