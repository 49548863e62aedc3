package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.io.LoadResult;

/**
 * The one path from an {@link ExportRequest} to pixels, shared by the export dialog, its preview
 * and the {@code export} command. Each image is drawn from a fresh state that holds only what the
 * request says, so the window's state can neither leak into an image nor be changed by one.
 */
public final class ExportRenderer {
    private final LoadResult content;
    private final ViewRenderer basemap;

    public ExportRenderer(LoadResult content, ViewRenderer basemap) {
        this.content = content;
        this.basemap = basemap;
    }

    /** Call off the FX thread in the app (the basemap is drawn on the calling thread); tests may call it on it. */
    public BufferedImage render(ExportRequest r) {
        ExportFrame frame = HeadlessFx.call(() -> {
            AtlasState state = new AtlasState(content);
            r.applyTo(state);
            return new ExportFrame(state, r);
        });
        return MapImageRenderer.render(frame, r, basemap);
    }
}
