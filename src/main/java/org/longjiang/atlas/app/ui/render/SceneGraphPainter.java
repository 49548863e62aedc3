package org.longjiang.atlas.app.ui.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.effect.DropShadow;
import javafx.scene.effect.Effect;
import javafx.scene.effect.Shadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import org.longjiang.atlas.app.ui.NodePainter;
import org.longjiang.atlas.core.i18n.Message;

/**
 * Walks a JavaFX scene graph as CSS styled it and layout placed it, and records what it shows as
 * Java2D operations ({@link Drawing}): region backgrounds and borders, shapes, text (lines as JavaFX
 * broke them), images, clips, opacity, transforms and visibility. So the window's own nodes, styled
 * by its own style sheets, become an image, an SVG or a PDF — there is no second copy of any style.
 *
 * <p>A drop shadow is drawn as its solid core (the halo of map labels, the glow of a selected
 * route); a blur has no vector form, so its soft edge is left out. Anything without a vector
 * form here (a canvas, another effect, an image pattern) is drawn as an image of itself at the
 * raster scale, and said so in {@link Drawing#notes()}. Call on the FX thread, after CSS and layout.
 */
public final class SceneGraphPainter {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final double rasterScale;
    private final List<Drawing.Op> ops = new ArrayList<>();
    private final List<Message> notes = new ArrayList<>();
    private final Set<String> layers = new HashSet<>();
    private final Map<Image, BufferedImage> images = new IdentityHashMap<>();
    /** The drop shadow being drawn, or null when drawing the nodes themselves. */
    private Silhouette silhouette;

    /** A drop shadow's solid core: its colour, how far it reaches beyond the node, and its offset. */
    private record Silhouette(java.awt.Color color, double grow, double dx, double dy) {
        static Silhouette of(Effect e) {
            Color c;
            double radius, spread, dx = 0, dy = 0;
            if (e instanceof DropShadow d) {
                c = d.getColor();
                radius = d.getRadius();
                spread = d.getSpread();
                dx = d.getOffsetX();
                dy = d.getOffsetY();
            } else {
                Shadow s = (Shadow) e;
                c = s.getColor();
                radius = s.getRadius();
                spread = 0;
            }
            // A mostly soft shadow becomes a thinner, fainter core: about what the blur averages to.
            double opacity = spread < 0.5 ? c.getOpacity() / 2 : c.getOpacity();
            double grow = radius * Math.max(spread, 0.5);
            return new Silhouette(
                    Paints.color(Color.color(c.getRed(), c.getGreen(), c.getBlue(), opacity)), grow, dx, dy);
        }
    }

    private SceneGraphPainter(double rasterScale) {
        this.rasterScale = rasterScale;
    }

    /**
     * Records the node and everything under it, in the node's own coordinates.
     *
     * @param rasterScale device pixels per logical pixel for whatever has to be drawn as an image
     */
    public static Drawing draw(Node root, double rasterScale) {
        SceneGraphPainter p = new SceneGraphPainter(rasterScale);
        p.visit(root, 1f, new AffineTransform());
        Bounds b = root.getLayoutBounds();
        return new Drawing(p.ops, b.getWidth(), b.getHeight(), p.notes);
    }

    private void visit(Node n, float alpha, AffineTransform transform) {
        if (!n.isVisible() || n.getOpacity() <= 0) return;
        Effect effect = n.getEffect();
        boolean shadow = effect instanceof DropShadow || effect instanceof Shadow;
        if ((effect != null && !shadow) || !drawable(n)) {
            rasterise(n, alpha);
            return;
        }
        float a = alpha * (float) n.getOpacity();
        String layer = Layers.of(n).map(this::uniqueLayer).orElse(null);
        ops.add(new Drawing.Push(transform, clipOf(n), layer));
        if (shadow && silhouette == null) {
            silhouette = Silhouette.of(effect);
            ops.add(new Drawing.Push(
                    AffineTransform.getTranslateInstance(silhouette.dx(), silhouette.dy()), null, null));
            content(n, a);
            ops.add(new Drawing.Pop(false));
            silhouette = null;
        }
        content(n, a);
        ops.add(new Drawing.Pop(layer != null));
    }

    private void content(Node n, float a) {
        Optional<NodePainter> painter = Layers.painter(n);
        if (painter.isPresent() && silhouette == null) {
            Bounds b = n.getLayoutBounds();
            ops.add(new Drawing.Custom(painter.get(), b.getWidth(), b.getHeight()));
        }
        if (n instanceof Region r) region(r, a);
        if (n instanceof Text t) text(t, a);
        else if (n instanceof Shape s) shape(s, a);
        else if (n instanceof ImageView v) image(v, a);
        if (n instanceof Parent p) {
            List<Node> children = new ArrayList<>(p.getChildrenUnmodifiable());
            // A higher view order is drawn first (further back); the sort is stable.
            children.sort(Comparator.comparingDouble(Node::getViewOrder).reversed());
            for (Node c : children) visit(c, a, Geometry.affine(c.getLocalToParentTransform()));
        }
    }

    /** Whether the node has a vector form here; if not it is drawn as an image. */
    private static boolean drawable(Node n) {
        if (n instanceof Text t) return Paints.drawable(t.getFill()) && Paints.drawable(t.getStroke());
        if (n instanceof Shape s)
            return Geometry.of(s).isPresent() && Paints.drawable(s.getFill()) && Paints.drawable(s.getStroke());
        if (n instanceof Region r) {
            boolean images = (r.getBackground() != null
                            && !r.getBackground().getImages().isEmpty())
                    || (r.getBorder() != null && !r.getBorder().getImages().isEmpty());
            boolean paints = r.getBackground() == null
                    || r.getBackground().getFills().stream().allMatch(f -> Paints.drawable(f.getFill()));
            return !images && paints;
        }
        return n instanceof Parent || n instanceof ImageView;
    }

    private String uniqueLayer(String id) {
        String unique = id;
        for (int i = 2; !layers.add(unique); i++) unique = id + "-" + i;
        return unique;
    }

    /** The node's clip in its own coordinates; a clip that is not a shape clips to its bounds. */
    private java.awt.Shape clipOf(Node n) {
        Node clip = n.getClip();
        if (clip == null) return null;
        AffineTransform t = Geometry.affine(clip.getLocalToParentTransform());
        if (clip instanceof Shape s && !(clip instanceof Text)) {
            Optional<java.awt.Shape> g = Geometry.of(s);
            if (g.isPresent()) return t.createTransformedShape(g.get());
        }
        Bounds b = clip.getBoundsInParent();
        notes.add(Message.of("export.note.clipped", describe(n), clip.getClass().getSimpleName()));
        return new Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    // --- regions -------------------------------------------------------------------------------

    private void region(Region r, float a) {
        double w = r.getWidth(), h = r.getHeight();
        if (w <= 0 || h <= 0) return;
        if (r.getBackground() != null) {
            for (var f : r.getBackground().getFills()) {
                Rectangle2D box = Outlines.inset(w, h, f.getInsets());
                if (box.getWidth() <= 0 || box.getHeight() <= 0) continue;
                java.awt.Shape s =
                        r.getShape() != null ? Outlines.regionShape(r, box) : Outlines.rounded(box, f.getRadii(), 0);
                fill(s, f.getFill(), box, a);
            }
        }
        if (r.getBorder() != null) {
            for (var stroke : r.getBorder().getStrokes()) border(r, stroke, w, h, a);
        }
    }

    private void border(Region r, BorderStroke bs, double w, double h, float a) {
        var widths = bs.getWidths();
        double top = Outlines.side(widths.getTop(), widths.isTopAsPercentage(), h);
        double right = Outlines.side(widths.getRight(), widths.isRightAsPercentage(), w);
        double bottom = Outlines.side(widths.getBottom(), widths.isBottomAsPercentage(), h);
        double left = Outlines.side(widths.getLeft(), widths.isLeftAsPercentage(), w);
        Rectangle2D box = Outlines.inset(w, h, bs.getInsets());
        boolean uniform = top == right
                && top == bottom
                && top == left
                && bs.getTopStroke().equals(bs.getRightStroke())
                && bs.getTopStroke().equals(bs.getBottomStroke())
                && bs.getTopStroke().equals(bs.getLeftStroke())
                && bs.getTopStyle().equals(bs.getRightStyle())
                && bs.getTopStyle().equals(bs.getBottomStyle())
                && bs.getTopStyle().equals(bs.getLeftStyle());
        if (uniform) {
            var style = bs.getTopStyle();
            if (top <= 0 || style == BorderStrokeStyle.NONE) return;
            double centre = switch (style.getType()) {
                case INSIDE -> top / 2;
                case CENTERED -> 0;
                case OUTSIDE -> -top / 2;
            };
            strokeShape(
                    Outlines.rounded(box, bs.getRadii(), centre),
                    Outlines.borderStroke(style, top),
                    bs.getTopStroke(),
                    box,
                    a);
            return;
        }
        double x = box.getX(), y = box.getY(), bw = box.getWidth(), bh = box.getHeight();
        borderSide(bs.getTopStyle(), bs.getTopStroke(), top, x, y + top / 2, x + bw, y + top / 2, box, a);
        borderSide(
                bs.getBottomStyle(),
                bs.getBottomStroke(),
                bottom,
                x,
                y + bh - bottom / 2,
                x + bw,
                y + bh - bottom / 2,
                box,
                a);
        borderSide(bs.getLeftStyle(), bs.getLeftStroke(), left, x + left / 2, y, x + left / 2, y + bh, box, a);
        borderSide(
                bs.getRightStyle(),
                bs.getRightStroke(),
                right,
                x + bw - right / 2,
                y,
                x + bw - right / 2,
                y + bh,
                box,
                a);
    }

    private void borderSide(
            BorderStrokeStyle style,
            Paint paint,
            double width,
            double x0,
            double y0,
            double x1,
            double y1,
            Rectangle2D box,
            float a) {
        if (width <= 0 || style == BorderStrokeStyle.NONE) return;
        Stroke s = Outlines.borderStroke(style, width);
        strokeShape(new Line2D.Double(x0, y0, x1, y1), s, paint, box, a);
    }

    // --- shapes --------------------------------------------------------------------------------

    private void shape(Shape s, float a) {
        java.awt.Shape g = Geometry.of(s).orElseThrow();
        Rectangle2D box = g.getBounds2D();
        fill(g, s.getFill(), box, a);
        if (s.getStroke() == null || s.getStrokeWidth() <= 0) return;
        double w = s.getStrokeWidth();
        if (s.getStrokeType() == StrokeType.CENTERED) {
            strokeShape(g, shapeStroke(s, w), s.getStroke(), box, a);
            return;
        }
        // Inside or outside: twice the width, clipped to the half that shows.
        java.awt.Shape clip = g;
        if (s.getStrokeType() == StrokeType.OUTSIDE) {
            Area outside = new Area(new Rectangle2D.Double(
                    box.getX() - 2 * w, box.getY() - 2 * w, box.getWidth() + 4 * w, box.getHeight() + 4 * w));
            outside.subtract(new Area(g));
            clip = outside;
        }
        ops.add(new Drawing.Push(new AffineTransform(), clip, null));
        strokeShape(g, shapeStroke(s, 2 * w), s.getStroke(), box, a);
        ops.add(new Drawing.Pop(false));
    }

    private static Stroke shapeStroke(Shape s, double width) {
        return Outlines.stroke(
                width,
                s.getStrokeLineCap(),
                s.getStrokeLineJoin(),
                s.getStrokeMiterLimit(),
                s.getStrokeDashArray(),
                s.getStrokeDashOffset());
    }

    // --- text ----------------------------------------------------------------------------------

    private void text(Text t, float a) {
        Font font = AwtFonts.of(t.getFont());
        Bounds lb = t.getLayoutBounds();
        Rectangle2D box = new Rectangle2D.Double(lb.getMinX(), lb.getMinY(), lb.getWidth(), lb.getHeight());
        for (TextLines.Line line : TextLines.of(t)) {
            float x = (float) line.x(), y = (float) line.baseline();
            if (silhouette != null) {
                java.awt.Shape outline =
                        font.createGlyphVector(FRC, line.text()).getOutline(x, y);
                ops.add(new Drawing.Fill(outline, silhouette.color(), a));
                ops.add(new Drawing.Draw(outline, grown(null), silhouette.color(), a));
                continue;
            }
            Paints.of(t.getFill(), box).ifPresent(p -> ops.add(new Drawing.Text(line.text(), font, x, y, p, a)));
            if (t.getStroke() != null && t.getStrokeWidth() > 0) {
                java.awt.Shape outline =
                        font.createGlyphVector(FRC, line.text()).getOutline(x, y);
                strokeShape(outline, shapeStroke(t, t.getStrokeWidth()), t.getStroke(), box, a);
            }
            if (t.isUnderline() || t.isStrikethrough()) decorate(t, font, line, box, a);
        }
    }

    private void decorate(Text t, Font font, TextLines.Line line, Rectangle2D box, float a) {
        LineMetrics m = font.getLineMetrics(line.text(), FRC);
        double width = font.getStringBounds(line.text(), FRC).getWidth();
        if (t.isUnderline()) {
            fill(
                    new Rectangle2D.Double(
                            line.x(), line.baseline() + m.getUnderlineOffset(), width, m.getUnderlineThickness()),
                    t.getFill(),
                    box,
                    a);
        }
        if (t.isStrikethrough()) {
            fill(
                    new Rectangle2D.Double(
                            line.x(),
                            line.baseline() + m.getStrikethroughOffset(),
                            width,
                            m.getStrikethroughThickness()),
                    t.getFill(),
                    box,
                    a);
        }
    }

    // --- images --------------------------------------------------------------------------------

    private void image(ImageView v, float a) {
        Image img = v.getImage();
        if (img == null || img.isError() || img.getProgress() < 1 || img.getWidth() <= 0) return;
        Bounds lb = v.getLayoutBounds();
        if (silhouette != null) {
            fill(new Rectangle2D.Double(lb.getMinX(), lb.getMinY(), lb.getWidth(), lb.getHeight()), null, null, a);
            return;
        }
        BufferedImage bi = images.computeIfAbsent(img, SceneGraphPainter::awt);
        javafx.geometry.Rectangle2D vp = v.getViewport();
        if (vp != null) {
            bi = bi.getSubimage((int) vp.getMinX(), (int) vp.getMinY(), (int) Math.max(1, vp.getWidth()), (int)
                    Math.max(1, vp.getHeight()));
        }
        AffineTransform at = AffineTransform.getTranslateInstance(lb.getMinX(), lb.getMinY());
        at.scale(lb.getWidth() / bi.getWidth(), lb.getHeight() / bi.getHeight());
        ops.add(new Drawing.Picture(bi, at, a));
    }

    private static BufferedImage awt(Image img) {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        bi.setRGB(0, 0, w, h, argb, 0, w);
        return bi;
    }

    /** A node without a vector form here: an image of it, at its place in its parent, and a note saying so. */
    private void rasterise(Node n, float alpha) {
        Bounds b = n.getBoundsInParent();
        if (b.isEmpty() || b.getWidth() <= 0 || b.getHeight() <= 0) return;
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        p.setTransform(Transform.scale(rasterScale, rasterScale));
        WritableImage shot = n.snapshot(p, null);
        AffineTransform at = AffineTransform.getTranslateInstance(b.getMinX(), b.getMinY());
        at.scale(b.getWidth() / shot.getWidth(), b.getHeight() / shot.getHeight());
        if (silhouette == null) {
            ops.add(new Drawing.Picture(awt(shot), at, alpha));
            notes.add(Message.of("export.note.image", describe(n)));
        }
    }

    private static String describe(Node n) {
        String name = n.getClass().getSimpleName().isEmpty()
                ? n.getClass().getSuperclass().getSimpleName()
                : n.getClass().getSimpleName();
        if (n.getId() != null) return name + " #" + n.getId();
        return n.getStyleClass().isEmpty()
                ? name
                : name + " ." + n.getStyleClass().get(0);
    }

    // --- emitting ------------------------------------------------------------------------------

    private void fill(java.awt.Shape s, Paint paint, Rectangle2D box, float a) {
        if (silhouette != null) {
            if (paint != null && !Paints.of(paint, box).isPresent()) return;
            ops.add(new Drawing.Fill(s, silhouette.color(), a));
            if (silhouette.grow() > 0) ops.add(new Drawing.Draw(s, grown(null), silhouette.color(), a));
            return;
        }
        Paints.of(paint, box).ifPresent(p -> ops.add(new Drawing.Fill(s, p, a)));
    }

    private void strokeShape(java.awt.Shape s, Stroke stroke, Paint paint, Rectangle2D box, float a) {
        if (silhouette != null) {
            if (Paints.of(paint, box).isPresent()) ops.add(new Drawing.Draw(s, grown(stroke), silhouette.color(), a));
            return;
        }
        Paints.of(paint, box).ifPresent(p -> ops.add(new Drawing.Draw(s, stroke, p, a)));
    }

    /** The stroke that reaches as far as the shadow: the node's own (or none) widened on both sides. */
    private Stroke grown(Stroke own) {
        float base = own instanceof BasicStroke b ? b.getLineWidth() : 0;
        float[] dash = own instanceof BasicStroke b ? b.getDashArray() : null;
        float phase = own instanceof BasicStroke b ? b.getDashPhase() : 0;
        return new BasicStroke(
                (float) (base + 2 * silhouette.grow()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, phase);
    }
}
