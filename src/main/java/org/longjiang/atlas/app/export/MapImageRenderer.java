package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import org.longjiang.atlas.app.map.AtlasMap;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.geo.Viewport;

/**
 * Renders an {@link ExportFrame} to pixels: lays it out at the requested size, draws the basemap
 * of exactly the view the map settled on in one piece underneath, and snapshots the frame at the
 * requested pixel scale (symbols and text are rendered at that scale, not upscaled).
 * Call from a thread other than the FX thread.
 */
final class MapImageRenderer {
    private MapImageRenderer() {
    }

    static BufferedImage render(ExportFrame frame, int width, int height, Viewport view, ViewRenderer basemap, double scale) {
        AtlasMap map = frame.mapPane().map();
        double[] settled = HeadlessFx.call(() -> {
            new Scene(frame, width, height);
            frame.applyCss();
            frame.layout();
            map.setView(view.lat(), view.lon(), view.zoom());
            frame.layout();
            return new double[] {map.centerLatProperty().get(), map.centerLonProperty().get(), map.zoom(),
                    map.width(), map.height()};
        });
        BufferedImage ground = basemap.render(settled[0], settled[1], settled[2], (int) Math.round(settled[3]),
                (int) Math.round(settled[4]), scale);
        Image fxGround = toFxImage(ground);
        WritableImage shot = HeadlessFx.call(() -> {
            frame.mapPane().setBasemapImage(fxGround);
            frame.layout();
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(scale, scale));
            return frame.snapshot(p, new WritableImage((int) Math.round(width * scale), (int) Math.round(height * scale)));
        });
        return toBufferedImage(shot);
    }

    private static Image toFxImage(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }

    static BufferedImage toBufferedImage(WritableImage fx) {
        int w = (int) fx.getWidth(), h = (int) fx.getHeight();
        int[] argb = new int[w * h];
        fx.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        return img;
    }
}
