package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import org.longjiang.atlas.app.map.AtlasMap;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.geo.Viewport;

/**
 * Renders an {@link ExportFrame} to pixels: lays it out at the requested size, draws the basemap
 * of exactly the view the map settled on in one piece underneath, and snapshots the frame at the
 * requested pixel scale (symbols and text are rendered at that scale, not upscaled). The snapshot
 * is taken in horizontal strips straight into the result, so a 15360 × 8640 image needs no second
 * full-size copy. Call from a thread other than the FX thread, or from the FX thread in tests.
 */
final class MapImageRenderer {
    /** Device pixels per strip: large enough to be quick, small enough to keep the snapshot buffer modest. */
    static final int STRIP = 1024;

    private MapImageRenderer() {}

    static BufferedImage render(ExportFrame frame, ExportRequest r, ViewRenderer basemap) {
        AtlasMap map = frame.mapPane().map();
        Viewport want = r.view();
        double[] settled = HeadlessFx.call(() -> {
            new Scene(frame, r.width(), r.height());
            frame.applyCss();
            frame.layout();
            map.setView(want.lat(), want.lon(), want.zoom());
            frame.layout();
            // The caption can change the bands' height, hence the map's: describe, then lay out again.
            frame.describe(settledView(map), map.width(), map.height());
            frame.applyCss();
            frame.layout();
            map.setView(want.lat(), want.lon(), want.zoom());
            frame.layout();
            return new double[] {
                map.centerLatProperty().get(), map.centerLonProperty().get(), map.zoom(), map.width(), map.height()
            };
        });
        WritableImage ground = ExportActions.toFxImage(basemap.render(
                settled[0],
                settled[1],
                settled[2],
                (int) Math.round(settled[3]),
                (int) Math.round(settled[4]),
                r.scale()));
        HeadlessFx.call(() -> {
            frame.mapPane().setBasemapImage(ground);
            frame.layout();
            return null;
        });
        return snapshot(frame, r.pixelWidth(), r.pixelHeight(), r.scale(), STRIP);
    }

    private static Viewport settledView(AtlasMap map) {
        return new Viewport(
                map.centerLatProperty().get(), map.centerLonProperty().get(), map.zoom());
    }

    /** Snapshots the frame strip by strip into one image of {@code w × h} device pixels. */
    static BufferedImage snapshot(javafx.scene.Node frame, int w, int h, double scale, int strip) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y0 = 0; y0 < h; y0 += strip) {
            int top = y0, rows = Math.min(strip, h - y0);
            HeadlessFx.call(() -> {
                SnapshotParameters p = new SnapshotParameters();
                p.setTransform(Transform.scale(scale, scale));
                // The viewport is in the scaled (device-pixel) space.
                p.setViewport(new Rectangle2D(0, top, w, rows));
                WritableImage shot = frame.snapshot(p, new WritableImage(w, rows));
                shot.getPixelReader().getPixels(0, 0, w, rows, PixelFormat.getIntArgbInstance(), pixels, top * w, w);
                return null;
            });
        }
        return out;
    }
}
