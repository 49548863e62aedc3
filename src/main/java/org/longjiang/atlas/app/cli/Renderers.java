package org.longjiang.atlas.app.cli;

import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.io.LoadResult;

/** The image renderer of the command line, which draws each image's basemap in one piece. */
final class Renderers {
    private Renderers() {}

    /**
     * A renderer over the given basemap. The map panes of the frames would still ask the tile
     * service for tiles while they are laid out; with no basemap given to it those requests would
     * wait for ever, each holding its frame, so a run of many images (a tour, a time-lapse) would
     * keep every frame alive. The command line declines tiles instead.
     */
    static ExportRenderer create(LoadResult content, BasemapData basemap) {
        TileService.shared().declineTiles();
        return new ExportRenderer(content, new ViewRenderer(basemap), new AtlasViews());
    }
}
