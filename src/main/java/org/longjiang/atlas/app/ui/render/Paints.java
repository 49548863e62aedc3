package org.longjiang.atlas.app.ui.render;

import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/** JavaFX paints as Java2D paints: colours and gradients (image patterns have no vector form here). */
final class Paints {
    private Paints() {}

    /** Empty for nothing to paint (null or fully transparent) — and for image patterns, which the caller rasterises. */
    static Optional<java.awt.Paint> of(Paint p, Rectangle2D box) {
        if (p instanceof Color c) return c.getOpacity() == 0 ? Optional.empty() : Optional.of(color(c));
        if (p instanceof LinearGradient g) return Optional.of(linear(g, box));
        if (p instanceof RadialGradient g) return Optional.of(radial(g, box));
        return Optional.empty();
    }

    static boolean drawable(Paint p) {
        return p == null || p instanceof Color || p instanceof LinearGradient || p instanceof RadialGradient;
    }

    static java.awt.Color color(Color c) {
        return new java.awt.Color(
                (float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    private static java.awt.Paint linear(LinearGradient g, Rectangle2D box) {
        if (g.getStops().size() < 2) return single(g.getStops());
        double x0 = g.getStartX(), y0 = g.getStartY(), x1 = g.getEndX(), y1 = g.getEndY();
        if (g.isProportional()) {
            x0 = box.getX() + x0 * box.getWidth();
            x1 = box.getX() + x1 * box.getWidth();
            y0 = box.getY() + y0 * box.getHeight();
            y1 = box.getY() + y1 * box.getHeight();
        }
        if (x0 == x1 && y0 == y1)
            return single(
                    g.getStops().subList(g.getStops().size() - 1, g.getStops().size()));
        return new LinearGradientPaint(
                new Point2D.Double(x0, y0),
                new Point2D.Double(x1, y1),
                fractions(g.getStops()),
                colors(g.getStops()),
                cycle(g.getCycleMethod()));
    }

    private static java.awt.Paint radial(RadialGradient g, Rectangle2D box) {
        if (g.getStops().size() < 2 || g.getRadius() <= 0) return single(g.getStops());
        double cx = g.getCenterX(), cy = g.getCenterY(), r = g.getRadius();
        AffineTransform t = new AffineTransform();
        if (g.isProportional()) {
            // Proportional: the unit square maps onto the box, so the circle becomes an ellipse.
            t.translate(box.getX(), box.getY());
            t.scale(box.getWidth(), box.getHeight());
        }
        double angle = Math.toRadians(g.getFocusAngle());
        double fd = Math.max(-0.99, Math.min(0.99, g.getFocusDistance()));
        Point2D focus = new Point2D.Double(cx + fd * r * Math.cos(angle), cy + fd * r * Math.sin(angle));
        return new RadialGradientPaint(
                new Point2D.Double(cx, cy),
                (float) r,
                focus,
                fractions(g.getStops()),
                colors(g.getStops()),
                cycle(g.getCycleMethod()),
                MultipleGradientPaint.ColorSpaceType.SRGB,
                t);
    }

    private static java.awt.Paint single(List<Stop> stops) {
        return stops.isEmpty()
                ? new java.awt.Color(0, 0, 0, 0)
                : color(stops.get(0).getColor());
    }

    /** Java2D wants strictly increasing offsets; JavaFX allows repeats (a hard edge). */
    private static float[] fractions(List<Stop> stops) {
        float[] f = new float[stops.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) stops.get(i).getOffset();
            if (i > 0 && f[i] <= f[i - 1]) f[i] = Math.nextUp(f[i - 1]);
        }
        if (f[f.length - 1] > 1) {
            for (int i = f.length - 1; i >= 0 && f[i] > 1; i--) f[i] = i == f.length - 1 ? 1 : Math.nextDown(f[i + 1]);
        }
        return f;
    }

    private static java.awt.Color[] colors(List<Stop> stops) {
        return stops.stream().map(s -> color(s.getColor())).toArray(java.awt.Color[]::new);
    }

    private static MultipleGradientPaint.CycleMethod cycle(CycleMethod m) {
        return switch (m) {
            case NO_CYCLE -> MultipleGradientPaint.CycleMethod.NO_CYCLE;
            case REFLECT -> MultipleGradientPaint.CycleMethod.REFLECT;
            case REPEAT -> MultipleGradientPaint.CycleMethod.REPEAT;
        };
    }
}
