package org.longjiang.atlas.testing;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.geo.WebMercator;

/** Reading rendered images in tests: a map position's pixel, colour counts, differences, closeness. */
public final class Pixels {
    private Pixels() {}

    /** The RGB (no alpha) of the map pixel at {@code lat, lon} in a map of {@code w × h} whose top edge is {@code top} px down. */
    public static int rgbAt(BufferedImage img, double lat, double lon, Viewport view, int w, int h, int top) {
        double world = WebMercator.worldSize(view.zoom());
        double x = (WebMercator.x(lon) - WebMercator.x(view.lon())) * world;
        double y = (WebMercator.y(lat) - WebMercator.y(view.lat())) * world;
        return rgb(img, (int) (w / 2.0 + x), (int) (h / 2.0 + y) + top);
    }

    public static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xffffff;
    }

    /** Distinct colours on every second pixel of every second row: a blank image has one. */
    public static int distinctColours(BufferedImage img) {
        Set<Integer> s = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2)
            for (int x = 0; x < img.getWidth(); x += 2) s.add(img.getRGB(x, y));
        return s.size();
    }

    /** Pixels that differ between two images inside {@code [x0, x1) × [y0, y1)}. */
    public static int differing(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        return n;
    }

    public static int differing(BufferedImage a, BufferedImage b) {
        return differing(a, b, 0, 0, Math.min(a.getWidth(), b.getWidth()), Math.min(a.getHeight(), b.getHeight()));
    }

    /** Whether two RGB colours differ by at most {@code tolerance} in each channel. */
    public static boolean close(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > tolerance) return false;
        }
        return true;
    }
}
