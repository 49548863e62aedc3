package org.longjiang.atlas.core.geo;

import java.util.List;
import org.longjiang.atlas.core.model.LatLon;

/** A map view: centre and zoom; and the view that fits a set of points into a frame. */
public record Viewport(double lat, double lon, double zoom) {

    /** The centre and largest zoom (at most {@code maxZoom}) that show all points with a margin. */
    public static Viewport fit(List<LatLon> points, double widthPx, double heightPx, double marginPx, double maxZoom) {
        double minX = Double.MAX_VALUE, minY = 1, maxX = -Double.MAX_VALUE, maxY = 0;
        double previous = Double.NaN;
        for (LatLon p : points) {
            // A course that crosses the 180° meridian goes on past it rather than back round the world.
            double x = Double.isNaN(previous) ? WebMercator.x(p.lon()) : unwrap(WebMercator.x(p.lon()), previous);
            double y = WebMercator.y(p.lat());
            previous = x;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double spanX = Math.max(maxX - minX, 1e-9), spanY = Math.max(maxY - minY, 1e-9);
        double usableW = Math.max(1, widthPx - 2 * marginPx), usableH = Math.max(1, heightPx - 2 * marginPx);
        double zoom = Math.min(
                log2(usableW / (spanX * WebMercator.TILE_SIZE)), log2(usableH / (spanY * WebMercator.TILE_SIZE)));
        double lon = WebMercator.lon((minX + maxX) / 2);
        return new Viewport(WebMercator.lat((minY + maxY) / 2), ((lon + 540) % 360) - 180, Math.min(maxZoom, zoom));
    }

    /** {@code x} (0–1 across the world) moved by a whole world width to lie within half a world of {@code previous}. */
    public static double unwrap(double x, double previous) {
        while (x - previous > 0.5) x -= 1;
        while (previous - x > 0.5) x += 1;
        return x;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
