package org.longjiang.atlas.app.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

/** Between JavaFX nodes and images and AWT images, without javafx-swing. */
public final class NodeImages {
    /** Device pixels per strip: large enough to be quick, small enough to keep the snapshot buffer modest. */
    public static final int STRIP = 1024;

    private NodeImages() {}

    /** Snapshots the node strip by strip into one image of {@code w × h} device pixels. */
    public static BufferedImage snapshot(Node node, int w, int h, double scale) {
        return snapshot(node, w, h, scale, STRIP);
    }

    /** The same, in strips of {@code strip} device pixels (tests compare strip sizes). */
    public static BufferedImage snapshot(Node node, int w, int h, double scale, int strip) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y0 = 0; y0 < h; y0 += strip) {
            int top = y0, rows = Math.min(strip, h - y0);
            HeadlessFx.call(() -> {
                SnapshotParameters p = new SnapshotParameters();
                p.setTransform(Transform.scale(scale, scale));
                // The viewport is in the scaled (device-pixel) space.
                p.setViewport(new Rectangle2D(0, top, w, rows));
                WritableImage shot = node.snapshot(p, new WritableImage(w, rows));
                shot.getPixelReader().getPixels(0, 0, w, rows, PixelFormat.getIntArgbInstance(), pixels, top * w, w);
                return null;
            });
        }
        return out;
    }

    /** The same pixels as a JavaFX image (for the clipboard and previews). */
    public static WritableImage toFxImage(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
