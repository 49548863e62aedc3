package org.longjiang.atlas.app.export;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import org.longjiang.atlas.app.ui.MapSurface;
import org.longjiang.atlas.app.ui.render.Drawing;
import org.longjiang.atlas.app.ui.render.SceneGraphPainter;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.export.AppVersion;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * Lays an {@link ExportFrame} out at the requested size exactly as the window would, has the
 * basemap of the view the map settled on painted underneath in one piece, and records the whole
 * frame as a {@link Drawing}. Runs on the FX thread; the drawing is replayed anywhere.
 */
final class FrameLayout {
    private FrameLayout() {}

    static ExportDrawing draw(ExportFrame frame, ExportRequest r, ViewRenderer basemap) {
        MapSurface map = frame.mapPane();
        new Scene(frame, r.width(), r.height());
        settle(frame, map, r);
        List<Message> notices = new ArrayList<>(frame.fit());
        settle(frame, map, r);
        Viewport v = map.view();
        map.paintBasemapWith((g, w, h, scale) -> basemap.paint(g, v.lat(), v.lon(), v.zoom(), w, h, scale));
        frame.layout();
        // The layers restyle their nodes as they lay them out (status, selection): style them once more.
        frame.applyCss();
        frame.layout();
        Drawing drawing = SceneGraphPainter.draw(frame, r.scale());
        notices.addAll(drawing.notes());
        return new ExportDrawing(r, drawing, provenance(frame, r, v), notices);
    }

    /** Lays out, shows the view, then describes it: the caption can change the bands' height, hence the map's. */
    private static void settle(ExportFrame frame, MapSurface map, ExportRequest r) {
        frame.applyCss();
        frame.layout();
        map.setView(r.view());
        frame.layout();
        frame.describe(map.view(), map.mapWidth(), map.mapHeight());
        frame.applyCss();
        frame.layout();
        map.setView(r.view());
        frame.layout();
        // Labels keep off the overlays, which moved in this layout: place them once more.
        frame.layout();
    }

    private static ExportProvenance provenance(ExportFrame frame, ExportRequest r, Viewport v) {
        // The file describes itself in the language of its image.
        Messages m = Messages.of(r.language());
        String view = m.get("export.provenance.view", m.fixed(v.lat(), 2), m.fixed(v.lon(), 2), m.fixed(v.zoom(), 1));
        String description = r.year()
                .map(y -> m.get("export.provenance.viewYear", view, m.get("export.year", y)))
                .orElse(view);
        return new ExportProvenance(
                r.title(), description, frame.sourcesLine(), m.get("export.provenance.software", AppVersion.get()));
    }
}
