package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.MapSurface;
import org.longjiang.atlas.app.ui.NodeImages;
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
    private MapImageRenderer() {}

    static BufferedImage render(ExportFrame frame, ExportRequest r, ViewRenderer basemap) {
        MapSurface map = frame.mapPane();
        Viewport settled = HeadlessFx.call(() -> {
            new Scene(frame, r.width(), r.height());
            frame.applyCss();
            frame.layout();
            map.setView(r.view());
            frame.layout();
            // The caption can change the bands' height, hence the map's: describe, then lay out again.
            frame.describe(map.view(), map.mapWidth(), map.mapHeight());
            frame.applyCss();
            frame.layout();
            map.setView(r.view());
            frame.layout();
            return map.view();
        });
        double[] size = HeadlessFx.call(() -> new double[] {map.mapWidth(), map.mapHeight()});
        WritableImage ground = NodeImages.toFxImage(basemap.render(
                settled.lat(),
                settled.lon(),
                settled.zoom(),
                (int) Math.round(size[0]),
                (int) Math.round(size[1]),
                r.scale()));
        HeadlessFx.call(() -> {
            map.setBasemapImage(ground);
            frame.layout();
            return null;
        });
        return NodeImages.snapshot(frame, r.pixelWidth(), r.pixelHeight(), r.scale());
    }
}
