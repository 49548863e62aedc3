package org.longjiang.atlas.app.ui.render;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/** JavaFX outlines and strokes as Java2D draws them: region insets, corner radii (also as percentages), border and shape strokes. */
final class Outlines {
    private static final double KAPPA = 0.5522847498;

    private Outlines() {}

    static Rectangle2D inset(double w, double h, Insets in) {
        return new Rectangle2D.Double(
                in.getLeft(), in.getTop(), w - in.getLeft() - in.getRight(), h - in.getTop() - in.getBottom());
    }

    /** A region's {@code -fx-shape}, scaled to its box or centred in it as the region asks. */
    static java.awt.Shape regionShape(Region r, Rectangle2D box) {
        java.awt.Shape s = Geometry.of(r.getShape()).orElse(box);
        Rectangle2D b = s.getBounds2D();
        AffineTransform t = new AffineTransform();
        if (r.isScaleShape() && b.getWidth() > 0 && b.getHeight() > 0) {
            t.translate(box.getX(), box.getY());
            t.scale(box.getWidth() / b.getWidth(), box.getHeight() / b.getHeight());
            t.translate(-b.getX(), -b.getY());
        } else if (r.isCenterShape()) {
            t.translate(box.getCenterX() - b.getCenterX(), box.getCenterY() - b.getCenterY());
        }
        return t.createTransformedShape(s);
    }

    /** A box with (possibly elliptical, possibly proportional) corner radii, shrunk by {@code shrink} all round. */
    static java.awt.Shape rounded(Rectangle2D box, CornerRadii r, double shrink) {
        double x = box.getX() + shrink, y = box.getY() + shrink;
        double w = box.getWidth() - 2 * shrink, h = box.getHeight() - 2 * shrink;
        if (w <= 0 || h <= 0) return new Rectangle2D.Double(x, y, Math.max(w, 0), Math.max(h, 0));
        if (r == null || r.isUniform() && r.getTopLeftHorizontalRadius() == 0)
            return new Rectangle2D.Double(x, y, w, h);
        double tlh = radius(r.getTopLeftHorizontalRadius(), r.isTopLeftHorizontalRadiusAsPercentage(), w, shrink);
        double tlv = radius(r.getTopLeftVerticalRadius(), r.isTopLeftVerticalRadiusAsPercentage(), h, shrink);
        double trh = radius(r.getTopRightHorizontalRadius(), r.isTopRightHorizontalRadiusAsPercentage(), w, shrink);
        double trv = radius(r.getTopRightVerticalRadius(), r.isTopRightVerticalRadiusAsPercentage(), h, shrink);
        double brh =
                radius(r.getBottomRightHorizontalRadius(), r.isBottomRightHorizontalRadiusAsPercentage(), w, shrink);
        double brv = radius(r.getBottomRightVerticalRadius(), r.isBottomRightVerticalRadiusAsPercentage(), h, shrink);
        double blh = radius(r.getBottomLeftHorizontalRadius(), r.isBottomLeftHorizontalRadiusAsPercentage(), w, shrink);
        double blv = radius(r.getBottomLeftVerticalRadius(), r.isBottomLeftVerticalRadiusAsPercentage(), h, shrink);
        // Radii that do not fit are scaled down together, as CSS and JavaFX do.
        double f = Math.min(
                1,
                Math.min(
                        Math.min(fit(w, tlh + trh), fit(w, blh + brh)),
                        Math.min(fit(h, tlv + blv), fit(h, trv + brv))));
        tlh *= f;
        tlv *= f;
        trh *= f;
        trv *= f;
        brh *= f;
        brv *= f;
        blh *= f;
        blv *= f;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + tlh, y);
        p.lineTo(x + w - trh, y);
        p.curveTo(x + w - trh + KAPPA * trh, y, x + w, y + trv - KAPPA * trv, x + w, y + trv);
        p.lineTo(x + w, y + h - brv);
        p.curveTo(x + w, y + h - brv + KAPPA * brv, x + w - brh + KAPPA * brh, y + h, x + w - brh, y + h);
        p.lineTo(x + blh, y + h);
        p.curveTo(x + blh - KAPPA * blh, y + h, x, y + h - blv + KAPPA * blv, x, y + h - blv);
        p.lineTo(x, y + tlv);
        p.curveTo(x, y + tlv - KAPPA * tlv, x + tlh - KAPPA * tlh, y, x + tlh, y);
        p.closePath();
        return p;
    }

    static double radius(double r, boolean percent, double side, double shrink) {
        return Math.max(0, (percent ? r * side : r) - shrink);
    }

    static double fit(double side, double sum) {
        return sum <= 0 ? 1 : side / sum;
    }

    static double side(double v, boolean percent, double of) {
        return v < 0 ? 0 : percent ? v * of : v;
    }

    /** A border's dashes are in multiples of its width, as JavaFX draws them. */
    static Stroke borderStroke(BorderStrokeStyle style, double width) {
        return stroke(
                width,
                style.getLineCap(),
                style.getLineJoin(),
                style.getMiterLimit(),
                style.getDashArray().stream().map(d -> d * width).toList(),
                style.getDashOffset() * width);
    }

    static Stroke stroke(
            double width,
            StrokeLineCap cap,
            StrokeLineJoin join,
            double miter,
            List<Double> dashes,
            double dashOffset) {
        int c = switch (cap) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
        int j = switch (join) {
            case MITER -> BasicStroke.JOIN_MITER;
            case ROUND -> BasicStroke.JOIN_ROUND;
            case BEVEL -> BasicStroke.JOIN_BEVEL;
        };
        float[] dash = dashes(dashes);
        return new BasicStroke(
                (float) width, c, j, (float) Math.max(1, miter), dash, dash == null ? 0 : (float) dashOffset);
    }

    /** Java2D wants a non-empty array with some length in it; an odd list repeats, as in JavaFX. */
    static float[] dashes(List<Double> list) {
        if (list.isEmpty() || list.stream().allMatch(d -> d <= 0)) return null;
        int n = list.size() % 2 == 1 ? list.size() * 2 : list.size();
        float[] d = new float[n];
        for (int i = 0; i < n; i++) d[i] = (float) Math.max(0, list.get(i % list.size()));
        return d;
    }
}
