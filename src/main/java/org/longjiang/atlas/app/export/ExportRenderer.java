package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.io.LoadResult;

/**
 * The one path from an {@link ExportRequest} to pixels, shared by the export dialog, its preview
 * and the {@code export} command. Each image is drawn from a fresh state that holds only what the
 * request says, so the window's state can neither leak into an image nor be changed by one.
 */
public final class ExportRenderer {
    /** Full-size ARGB buffers alive at the peak of an export, measured. */
    static final int BUFFERS_AT_PEAK = 6;

    private final LoadResult content;
    private final ViewRenderer basemap;
    private final ExportViews views;

    public ExportRenderer(LoadResult content, ViewRenderer basemap, ExportViews views) {
        this.content = content;
        this.basemap = basemap;
        this.views = views;
    }

    /** Call off the FX thread in the app (the basemap is drawn on the calling thread); tests may call it on it. */
    public BufferedImage render(ExportRequest r) {
        checkMemory(r, Runtime.getRuntime().maxMemory());
        ExportFrame frame = HeadlessFx.call(() -> {
            AtlasState state = new AtlasState(content);
            r.applyTo(state);
            return new ExportFrame(state, r, views);
        });
        return MapImageRenderer.render(frame, r, basemap);
    }

    /**
     * Refuses, with a message saying what to do, an image the heap cannot hold: the basemap, its
     * JavaFX copy and the result are each a full-size buffer, and the scene and encoder need about
     * as much again (measured: 2.8 GB of heap at the peak of a 15360 × 8640 export).
     */
    static void checkMemory(ExportRequest r, long maxHeapBytes) {
        long need = (long) r.pixelWidth() * r.pixelHeight() * 4 * BUFFERS_AT_PEAK;
        if (need > maxHeapBytes) {
            throw new TooLarge(Message.of(
                    "export.tooLarge",
                    r.pixelWidth(),
                    r.pixelHeight(),
                    need >> 20,
                    maxHeapBytes >> 20,
                    (need >> 30) + 2));
        }
    }

    /** An image the heap cannot hold; the reason is said in English on the command line, in the dialog's language there. */
    public static final class TooLarge extends IllegalStateException {
        private final transient Message reason;

        TooLarge(Message reason) {
            super(reason.toString());
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }
}
