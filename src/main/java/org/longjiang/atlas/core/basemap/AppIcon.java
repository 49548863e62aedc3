package org.longjiang.atlas.core.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The atlas's icon, drawn from its own map: land and sea in the basemap's colours, the border
 * river, a railway in the map's rail blue crossing it, and the map's border-port symbol (the
 * vermillion diamond with its white edge) where they meet. Drawn at any size with Java2D, so the
 * window and the installers (PNG, ICO, ICNS) get sharp images from one drawing.
 */
public final class AppIcon {
    /** The map's rail and border-port colours (map.css: -oi-blue, -oi-vermillion). */
    private static final Color RAIL = new Color(0x0072B2);

    private static final Color PORT = new Color(0xD55E00);

    private AppIcon() {}

    /** The icon as a square ARGB image of {@code size} pixels, transparent outside its rounded tile. */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 100.0, size / 100.0);
            paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** On a 100 × 100 canvas. */
    private static void paint(Graphics2D g) {
        RoundRectangle2D tile = new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22);
        g.setColor(BasemapStyle.SEA);
        g.fill(tile);
        g.setClip(tile);
        // The northern bank of the river is Russia, the southern China (the subject tint).
        Path2D north = new Path2D.Double();
        north.moveTo(0, 0);
        north.lineTo(100, 0);
        north.lineTo(100, 30);
        north.curveTo(78, 36, 66, 24, 50, 40);
        north.curveTo(36, 54, 20, 44, 0, 54);
        north.closePath();
        g.setColor(BasemapStyle.LAND);
        g.fill(north);
        Path2D south = new Path2D.Double();
        south.moveTo(0, 100);
        south.lineTo(100, 100);
        south.lineTo(100, 42);
        south.curveTo(80, 48, 68, 36, 54, 50);
        south.curveTo(40, 64, 22, 56, 0, 64);
        south.closePath();
        g.setColor(BasemapStyle.SUBJECT_TINT);
        g.fill(south);
        // The border runs along the river.
        Path2D border = new Path2D.Double();
        border.moveTo(0, 59);
        border.curveTo(21, 50, 37, 59, 52, 45);
        border.curveTo(67, 30, 79, 42, 100, 36);
        g.setColor(BasemapStyle.BORDER);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(border);
        // A railway from the south-west crossing at the port to the north-east, cased in white as on the map.
        Path2D rail = new Path2D.Double();
        rail.moveTo(14, 100);
        rail.curveTo(24, 80, 40, 62, 52, 45);
        rail.curveTo(62, 30, 72, 18, 92, 6);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(rail);
        g.setColor(RAIL);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(rail);
        g.setClip(null);
        // The border-port diamond (PlaceSymbols.DIAMOND), large, at the crossing.
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(52, 25);
        diamond.lineTo(72, 45);
        diamond.lineTo(52, 65);
        diamond.lineTo(32, 45);
        diamond.closePath();
        g.setColor(PORT);
        g.fill(diamond);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(diamond);
    }
}
