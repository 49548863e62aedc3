package org.longjiang.atlas.app.ui.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Optional;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.VLineTo;
import javafx.scene.transform.Transform;

/** The outline of a JavaFX shape as a Java2D shape, in the node's own coordinates. */
final class Geometry {
    private Geometry() {}

    /** Empty for a shape kind without a vector outline here (the caller draws it as an image). */
    static Optional<java.awt.Shape> of(Shape s) {
        java.awt.Shape g = null;
        if (s instanceof Circle c) {
            g = new Ellipse2D.Double(
                    c.getCenterX() - c.getRadius(),
                    c.getCenterY() - c.getRadius(),
                    2 * c.getRadius(),
                    2 * c.getRadius());
        } else if (s instanceof Ellipse e) {
            g = new Ellipse2D.Double(
                    e.getCenterX() - e.getRadiusX(),
                    e.getCenterY() - e.getRadiusY(),
                    2 * e.getRadiusX(),
                    2 * e.getRadiusY());
        } else if (s instanceof Rectangle r) {
            g = r.getArcWidth() > 0 && r.getArcHeight() > 0
                    ? new RoundRectangle2D.Double(
                            r.getX(), r.getY(), r.getWidth(), r.getHeight(), r.getArcWidth(), r.getArcHeight())
                    : new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        } else if (s instanceof Line l) {
            g = new Line2D.Double(l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY());
        } else if (s instanceof Polyline p) {
            g = polyline(p.getPoints(), false);
        } else if (s instanceof Polygon p) {
            g = polyline(p.getPoints(), true);
        } else if (s instanceof Path p) {
            g = path(p.getElements(), p.getFillRule());
        } else if (s instanceof SVGPath p) {
            g = SvgPath.parse(p.getContent(), p.getFillRule() == FillRule.EVEN_ODD);
        } else if (s instanceof Arc a) {
            int type = switch (a.getType()) {
                case OPEN -> Arc2D.OPEN;
                case CHORD -> Arc2D.CHORD;
                case ROUND -> Arc2D.PIE;
            };
            g = new Arc2D.Double(
                    a.getCenterX() - a.getRadiusX(),
                    a.getCenterY() - a.getRadiusY(),
                    2 * a.getRadiusX(),
                    2 * a.getRadiusY(),
                    a.getStartAngle(),
                    a.getLength(),
                    type);
        } else if (s instanceof QuadCurve q) {
            g = new QuadCurve2D.Double(
                    q.getStartX(), q.getStartY(), q.getControlX(), q.getControlY(), q.getEndX(), q.getEndY());
        } else if (s instanceof CubicCurve c) {
            g = new CubicCurve2D.Double(
                    c.getStartX(),
                    c.getStartY(),
                    c.getControlX1(),
                    c.getControlY1(),
                    c.getControlX2(),
                    c.getControlY2(),
                    c.getEndX(),
                    c.getEndY());
        }
        return Optional.ofNullable(g);
    }

    private static Path2D polyline(List<Double> pts, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i + 1 < pts.size(); i += 2) {
            if (i == 0) p.moveTo(pts.get(0), pts.get(1));
            else p.lineTo(pts.get(i), pts.get(i + 1));
        }
        if (closed && pts.size() >= 2) p.closePath();
        return p;
    }

    private static Path2D path(List<PathElement> elements, FillRule rule) {
        Path2D.Double p = new Path2D.Double(rule == FillRule.EVEN_ODD ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        double x = 0, y = 0, startX = 0, startY = 0;
        for (PathElement e : elements) {
            double ox = e.isAbsolute() ? 0 : x, oy = e.isAbsolute() ? 0 : y;
            if (e instanceof MoveTo m) {
                x = ox + m.getX();
                y = oy + m.getY();
                p.moveTo(x, y);
                startX = x;
                startY = y;
            } else if (e instanceof LineTo l) {
                x = ox + l.getX();
                y = oy + l.getY();
                p.lineTo(x, y);
            } else if (e instanceof HLineTo h) {
                x = ox + h.getX();
                p.lineTo(x, y);
            } else if (e instanceof VLineTo v) {
                y = oy + v.getY();
                p.lineTo(x, y);
            } else if (e instanceof QuadCurveTo q) {
                p.quadTo(ox + q.getControlX(), oy + q.getControlY(), ox + q.getX(), oy + q.getY());
                x = ox + q.getX();
                y = oy + q.getY();
            } else if (e instanceof CubicCurveTo c) {
                p.curveTo(
                        ox + c.getControlX1(),
                        oy + c.getControlY1(),
                        ox + c.getControlX2(),
                        oy + c.getControlY2(),
                        ox + c.getX(),
                        oy + c.getY());
                x = ox + c.getX();
                y = oy + c.getY();
            } else if (e instanceof ArcTo a) {
                double ex = ox + a.getX(), ey = oy + a.getY();
                arcTo(
                        p,
                        x,
                        y,
                        a.getRadiusX(),
                        a.getRadiusY(),
                        a.getXAxisRotation(),
                        a.isLargeArcFlag(),
                        a.isSweepFlag(),
                        ex,
                        ey);
                x = ex;
                y = ey;
            } else if (e instanceof ClosePath) {
                p.closePath();
                x = startX;
                y = startY;
            }
        }
        return p;
    }

    /** An elliptical arc from (x0, y0) to (x, y) in SVG's endpoint form, appended as curves. */
    static void arcTo(
            Path2D p,
            double x0,
            double y0,
            double rx,
            double ry,
            double rotationDeg,
            boolean largeArc,
            boolean sweep,
            double x,
            double y) {
        if (x0 == x && y0 == y) return;
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0) {
            p.lineTo(x, y);
            return;
        }
        double phi = Math.toRadians(rotationDeg % 360);
        double cos = Math.cos(phi), sin = Math.sin(phi);
        double dx = (x0 - x) / 2, dy = (y0 - y) / 2;
        double x1 = cos * dx + sin * dy, y1 = -sin * dx + cos * dy;
        double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        double coef = (largeArc == sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
        double cx1 = coef * rx * y1 / ry, cy1 = -coef * ry * x1 / rx;
        double cx = cos * cx1 - sin * cy1 + (x0 + x) / 2, cy = sin * cx1 + cos * cy1 + (y0 + y) / 2;
        double start = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
        double extent = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
        if (!sweep && extent > 0) extent -= 2 * Math.PI;
        else if (sweep && extent < 0) extent += 2 * Math.PI;
        // Arc2D measures angles counter-clockwise on screen; SVG's y axis points down.
        Arc2D arc =
                new Arc2D.Double(-rx, -ry, 2 * rx, 2 * ry, -Math.toDegrees(start), -Math.toDegrees(extent), Arc2D.OPEN);
        AffineTransform t = AffineTransform.getTranslateInstance(cx, cy);
        t.rotate(phi);
        p.append(t.createTransformedShape(arc), true);
        Point2D end = p.getCurrentPoint();
        if (end != null && (Math.abs(end.getX() - x) > 1e-6 || Math.abs(end.getY() - y) > 1e-6)) p.lineTo(x, y);
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    /** The JavaFX transform as a Java2D one (2D part). */
    static AffineTransform affine(Transform t) {
        return new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }
}
