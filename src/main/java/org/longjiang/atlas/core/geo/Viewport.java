package org.longjiang.atlas.core.geo;

import java.util.List;
import org.longjiang.atlas.core.model.LatLon;

/** A map view: centre and zoom; and the view that fits a set of points into a frame. */
public record Viewport(double lat, double lon, double zoom) {

    /** The centre and largest zoom (at most {@code maxZoom}) that show all points with a margin. */
    public static Viewport fit(List<LatLon> points, double widthPx, double heightPx, double marginPx, double maxZoom) {
        double minX = 1, minY = 1, maxX = 0, maxY = 0;
        for (LatLon p : points) {
            double x = WebMercator.x(p.lon()), y = WebMercator.y(p.lat());
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double spanX = Math.max(maxX - minX, 1e-9), spanY = Math.max(maxY - minY, 1e-9);
        double usableW = Math.max(1, widthPx - 2 * marginPx), usableH = Math.max(1, heightPx - 2 * marginPx);
        double zoom = Math.min(
                log2(usableW / (spanX * WebMercator.TILE_SIZE)), log2(usableH / (spanY * WebMercator.TILE_SIZE)));
        return new Viewport(
                WebMercator.lat((minY + maxY) / 2), WebMercator.lon((minX + maxX) / 2), Math.min(maxZoom, zoom));
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
