package org.longjiang.atlas.bench;

import java.io.PrintStream;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.TileRenderer;
import org.longjiang.atlas.core.geo.WebMercator;

/** Tile rendering time per tile at zooms 4, 6 and 8 over the Belt's region (single thread). */
final class TileBench {
    private static final double WEST = 110, EAST = 140, NORTH = 54, SOUTH = 40;

    private TileBench() {}

    static void run(PrintStream out) {
        long t0 = System.nanoTime();
        BasemapData data = BasemapData.loadBundled();
        out.printf("basemap load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        TileRenderer r = new TileRenderer(data);
        for (int i = 0; i < 40; i++) r.render(6, 53 + i % 4, 21 + i % 3); // warm-up
        for (int z : new int[] {4, 6, 8}) {
            int n = 1 << z;
            long x0 = (long) Math.floor(WebMercator.x(WEST) * n), x1 = (long) Math.floor(WebMercator.x(EAST) * n);
            long y0 = (long) Math.floor(WebMercator.y(NORTH) * n), y1 = (long) Math.floor(WebMercator.y(SOUTH) * n);
            int count = (int) ((x1 - x0 + 1) * (y1 - y0 + 1));
            double[] ms = new double[count];
            int k = 0;
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    long s = System.nanoTime();
                    r.renderPixels(z, x, y);
                    ms[k++] = (System.nanoTime() - s) / 1e6;
                }
            }
            Stats st = Stats.of(ms);
            out.printf(
                    "tiles z%d: %d tiles, median %.2f ms, p95 %.2f ms, %.0f tiles/s on one thread%n",
                    z, count, st.median(), st.percentile(95), 1000 / st.median());
        }
    }
}
