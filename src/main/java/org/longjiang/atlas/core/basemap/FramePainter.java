package org.longjiang.atlas.core.basemap;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Predicate;
import org.longjiang.atlas.core.geo.GeoFeature;

/**
 * Paints the basemap into a rectangular frame of the Web-Mercator plane: the draw order, the
 * level of detail, and the regional/world split. Tiles and whole export views share it.
 */
final class FramePainter {
    /** Points closer than this (in pixels) to the previous one are skipped: invisible, but costly. */
    private static final double MIN_STEP_PX = 0.35;

    private static final double MARGIN_PX = 6;

    private final BasemapData data;
    private final Graphics2D g;
    private final int zoom;
    private final float scale;
    private final double world;
    private final double originX;
    private final double originY;
    private final double x0, y0, x1, y1;
    private final DetailLevel level;
    private final Shape regionalClip;
    private final Shape outsideClip;
    private final int width;
    private final int height;

    /**
     * @param detailZoom the zoom whose level of detail and stroke widths apply
     * @param world      the width of the whole world in device pixels
     * @param scale      device pixels per logical pixel (strokes grow with it)
     */
    FramePainter(
            BasemapData data,
            Graphics2D g,
            int detailZoom,
            double world,
            double originX,
            double originY,
            int width,
            int height,
            double scale) {
        this.data = data;
        this.g = g;
        this.zoom = detailZoom;
        this.scale = (float) scale;
        this.world = world;
        this.originX = originX;
        this.originY = originY;
        this.width = width;
        this.height = height;
        double m = MARGIN_PX * scale;
        // Only what meets the clip is drawn: a band of a large image draws the features crossing it.
        Rectangle2D drawn = new Rectangle2D.Double(-m, -m, width + 2 * m, height + 2 * m);
        Rectangle clipped = g.getClipBounds();
        if (clipped != null) Rectangle2D.intersect(drawn, grown(clipped, m), drawn);
        this.x0 = (originX + drawn.getMinX()) / world;
        this.y0 = (originY + drawn.getMinY()) / world;
        this.x1 = (originX + drawn.getMaxX()) / world;
        this.y1 = (originY + drawn.getMaxY()) / world;
        this.level = DetailLevel.forZoom(detailZoom);
        Rectangle2D box = new Rectangle2D.Double(
                RegionalBox.MIN_X * world - originX,
                RegionalBox.MIN_Y * world - originY,
                (RegionalBox.MAX_X - RegionalBox.MIN_X) * world,
                (RegionalBox.MAX_Y - RegionalBox.MIN_Y) * world);
        this.regionalClip = box;
        Area outside = new Area(new Rectangle2D.Double(-m, -m, width + 2 * m, height + 2 * m));
        outside.subtract(new Area(box));
        this.outsideClip = outside;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static Rectangle2D grown(Rectangle r, double m) {
        return new Rectangle2D.Double(r.getX() - m, r.getY() - m, r.getWidth() + 2 * m, r.getHeight() + 2 * m);
    }

    void paint() {
        g.setColor(BasemapStyle.SEA);
        g.fillRect(0, 0, width, height);
        boolean regional = level.regional()
                && regionalClip.intersects(0, 0, width, height)
                && !data.layer(BasemapLayer.NEA_LAND_10M).isEmpty();
        if (regional) {
            withClip(outsideClip, () -> fill(level.land(), f -> true, BasemapStyle.LAND));
            withClip(regionalClip, () -> {
                g.setColor(BasemapStyle.SEA);
                g.fill(regionalClip);
                fill(BasemapLayer.NEA_LAND_10M, f -> true, BasemapStyle.LAND);
            });
        } else {
            fill(level.land(), f -> true, BasemapStyle.LAND);
        }
        if (level.subjectTint()) {
            fill(
                    BasemapLayer.NEA_ADMIN1,
                    f -> BasemapStyle.SUBJECT_PROVINCE.equals(f.stringProperty("gn_name")),
                    BasemapStyle.SUBJECT_TINT);
        }
        paintWater();
        if (level.adminLines()) {
            stroke(
                    BasemapLayer.NEA_ADMIN1_LINES,
                    f -> true,
                    dashed(zoom >= 6 ? 0.9f : 0.7f, zoom >= 6 ? 4f : 3f),
                    BasemapStyle.ADMIN);
        }
        paintCoast(regional);
        paintBorders(regional);
    }

    private void paintWater() {
        if (level.minLakeArea() < Double.MAX_VALUE) {
            Predicate<GeoFeature> bigEnough = f -> areaOf(f) >= level.minLakeArea();
            fill(BasemapLayer.NEA_LAKES, bigEnough, BasemapStyle.LAKE);
            stroke(BasemapLayer.NEA_LAKES, bigEnough, line(0.5f), BasemapStyle.LAKE_SHORE);
        }
        for (int riverLevel = 3; riverLevel >= 1; riverLevel--) {
            if (riverLevel > level.maxRiverLevel()) continue;
            final int l = riverLevel;
            stroke(
                    BasemapLayer.NEA_RIVERS,
                    f -> f.intProperty("level", 3) == l,
                    line(BasemapStyle.riverWidth(l, zoom)),
                    BasemapStyle.RIVER);
        }
    }

    private void paintCoast(boolean regional) {
        Stroke coast = line(zoom <= 3 ? 0.5f : 0.8f);
        if (regional) {
            withClip(outsideClip, () -> stroke(level.land(), f -> true, coast, BasemapStyle.COAST));
            withClip(regionalClip, () -> stroke(BasemapLayer.NEA_COAST_10M, f -> true, coast, BasemapStyle.COAST));
        } else {
            stroke(level.land(), f -> true, coast, BasemapStyle.COAST);
        }
    }

    private void paintBorders(boolean regional) {
        Runnable world = () -> border(level.borders());
        if (regional && !data.layer(BasemapLayer.NEA_BORDERS_10M).isEmpty()) {
            withClip(outsideClip, world);
            withClip(regionalClip, () -> border(BasemapLayer.NEA_BORDERS_10M));
        } else {
            world.run();
        }
    }

    private void border(BasemapLayer layer) {
        float w = BasemapStyle.borderWidth(zoom);
        if (zoom >= 3) stroke(layer, f -> true, line(w * 3.2f), BasemapStyle.BORDER_HALO);
        stroke(layer, f -> true, line(w), BasemapStyle.BORDER);
    }

    private double areaOf(GeoFeature f) {
        Object a = f.properties().get("area_deg2");
        return a instanceof Number n ? n.doubleValue() : 0;
    }

    private void withClip(Shape clip, Runnable r) {
        Shape old = g.getClip();
        g.clip(clip);
        r.run();
        g.setClip(old);
    }

    private void fill(BasemapLayer layer, Predicate<GeoFeature> filter, Color color) {
        g.setColor(color);
        for (VectorLayer.Item item : data.layer(layer).within(x0, y0, x1, y1, filter)) {
            if (item.shape().polygon()) g.fill(path(item.shape(), true));
        }
    }

    private void stroke(BasemapLayer layer, Predicate<GeoFeature> filter, Stroke stroke, Color color) {
        g.setColor(color);
        g.setStroke(stroke);
        for (VectorLayer.Item item : data.layer(layer).within(x0, y0, x1, y1, filter)) {
            g.draw(path(item.shape(), false));
        }
    }

    private Path2D path(ProjectedShape s, boolean close) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : s.rings()) {
            int n = ring.length / 2;
            if (n == 0) continue;
            double lx = ring[0] * world - originX, ly = ring[1] * world - originY;
            p.moveTo(lx, ly);
            for (int i = 1; i < n; i++) {
                double px = ring[2 * i] * world - originX, py = ring[2 * i + 1] * world - originY;
                if (i < n - 1 && Math.abs(px - lx) < MIN_STEP_PX && Math.abs(py - ly) < MIN_STEP_PX) continue;
                p.lineTo(px, py);
                lx = px;
                ly = py;
            }
            if (close) p.closePath();
        }
        return p;
    }

    private Stroke line(float width) {
        return BasemapStyle.line(width * scale);
    }

    private Stroke dashed(float width, float dash) {
        return BasemapStyle.dashed(width * scale, dash * scale);
    }
}
