package org.longjiang.atlas.core.basemap;

import java.util.ArrayList;
import java.util.List;
import org.longjiang.atlas.core.geo.WebMercator;

/**
 * A line or polygon in normalised Web-Mercator coordinates (0..1 in x and y), with its
 * bounding box, so that a tile can skip it cheaply.
 */
record ProjectedShape(List<double[]> rings, boolean polygon, double minX, double minY, double maxX, double maxY) {

    /** Projects interleaved lon,lat rings. */
    static ProjectedShape project(List<double[]> lonLatRings, boolean polygon) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        List<double[]> out = new ArrayList<>(lonLatRings.size());
        for (double[] r : lonLatRings) {
            double[] p = new double[r.length];
            for (int i = 0; i < r.length; i += 2) {
                double x = WebMercator.x(r[i]);
                double y = WebMercator.y(r[i + 1]);
                p[i] = x;
                p[i + 1] = y;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            out.add(p);
        }
        return new ProjectedShape(List.copyOf(out), polygon, minX, minY, maxX, maxY);
    }

    boolean intersects(double x0, double y0, double x1, double y1) {
        return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
    }
}
