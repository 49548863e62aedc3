package org.longjiang.atlas.app.ui.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import org.longjiang.atlas.app.ui.NodePainter;
import org.longjiang.atlas.core.i18n.Message;

/**
 * A scene as Java2D operations, recorded once (on the FX thread, by {@link SceneGraphPainter}) and
 * replayed into any {@link Graphics2D} any number of times, on any thread: an image band, a whole
 * image, an SVG document or a PDF page. Immutable.
 *
 * @param width  the scene's width in logical pixels
 * @param notes  what could not be drawn as vector and was drawn as an image instead, as messages for the reader's language
 */
public record Drawing(List<Drawing.Op> ops, double width, double height, List<Message> notes) {

    public Drawing {
        ops = List.copyOf(ops);
        notes = List.copyOf(notes);
    }

    /** Marks the start and end of a named layer: SVG groups them, images ignore them. */
    public interface Layering {
        Layering NONE = new Layering() {
            @Override
            public void begin(Graphics2D g, String id) {}

            @Override
            public void end(Graphics2D g) {}
        };

        void begin(Graphics2D g, String id);

        void end(Graphics2D g);
    }

    /** One recorded operation. */
    public sealed interface Op {}

    /** Enters a node: its transform, its clip (or null) in its own coordinates, and its layer (or null). */
    public record Push(AffineTransform transform, Shape clip, String layer) implements Op {}

    public record Pop(boolean layer) implements Op {}

    public record Fill(Shape shape, Paint paint, float alpha) implements Op {}

    public record Draw(Shape shape, Stroke stroke, Paint paint, float alpha) implements Op {}

    /** A line of text, its baseline starting at (x, y). */
    public record Text(String text, Font font, float x, float y, Paint paint, float alpha) implements Op {}

    public record Picture(BufferedImage image, AffineTransform at, float alpha) implements Op {}

    /** Something drawn by its own painter (the basemap), in a box of the node's size. */
    public record Custom(NodePainter painter, double width, double height) implements Op {}

    /** Replays the drawing with no layers, for images. */
    public void paint(Graphics2D g, double detailScale) {
        paint(g, detailScale, Layering.NONE);
    }

    /**
     * Replays the drawing into {@code g}, whose user space is the scene's logical pixels.
     *
     * @param detailScale device pixels per logical pixel, for painters whose level of detail follows it
     */
    public void paint(Graphics2D g, double detailScale, Layering layering) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        Composite plain = g.getComposite();
        Deque<Object[]> saved = new ArrayDeque<>();
        for (Op op : ops) {
            if (op instanceof Push p) {
                saved.push(new Object[] {g.getTransform(), g.getClip()});
                if (p.layer() != null) layering.begin(g, p.layer());
                g.transform(p.transform());
                if (p.clip() != null) g.clip(p.clip());
            } else if (op instanceof Pop p) {
                Object[] s = saved.pop();
                g.setTransform((AffineTransform) s[0]);
                g.setClip((Shape) s[1]);
                if (p.layer()) layering.end(g);
            } else if (op instanceof Fill f) {
                paintWith(g, f.paint(), f.alpha(), plain);
                g.fill(f.shape());
            } else if (op instanceof Draw d) {
                paintWith(g, d.paint(), d.alpha(), plain);
                g.setStroke(d.stroke());
                g.draw(d.shape());
            } else if (op instanceof Text t) {
                text(g, t, plain);
            } else if (op instanceof Picture p) {
                g.setComposite(alpha(p.alpha(), plain));
                g.drawImage(p.image(), p.at(), null);
                g.setComposite(plain);
            } else if (op instanceof Custom c) {
                c.painter().paint(g, c.width(), c.height(), detailScale);
            }
        }
        g.setComposite(plain);
    }

    /**
     * Text at a whole-pixel size as it is; at a fractional size through a scaled whole-pixel font,
     * because SVG writers round font sizes to whole numbers.
     */
    private static void text(Graphics2D g, Text t, Composite plain) {
        paintWith(g, t.paint(), t.alpha(), plain);
        float size = t.font().getSize2D();
        if (size == Math.rint(size)) {
            g.setFont(t.font());
            g.drawString(t.text(), t.x(), t.y());
            return;
        }
        AffineTransform at = g.getTransform();
        float base = 100;
        g.translate(t.x(), t.y());
        g.scale(size / base, size / base);
        g.setFont(t.font().deriveFont(base));
        g.drawString(t.text(), 0f, 0f);
        g.setTransform(at);
    }

    /** A colour carries the opacity itself (vector formats keep it as fill-opacity); other paints use a composite. */
    private static void paintWith(Graphics2D g, Paint paint, float alpha, Composite plain) {
        if (paint instanceof Color c && alpha < 1) {
            g.setComposite(plain);
            g.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(c.getAlpha() * alpha)));
        } else {
            g.setComposite(alpha(alpha, plain));
            g.setPaint(paint);
        }
    }

    private static Composite alpha(float alpha, Composite plain) {
        return alpha >= 1 ? plain : AlphaComposite.SrcOver.derive(alpha);
    }

    /** Every character of the drawing's text (for font subsets). */
    public String characters() {
        TreeSet<Integer> cps = new TreeSet<>();
        for (Op op : ops) if (op instanceof Text t) t.text().codePoints().forEach(cps::add);
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
