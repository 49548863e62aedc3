package org.longjiang.atlas.app.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.io.AtomicFile;
import org.longjiang.atlas.core.io.LoadResult;

/**
 * The one path from an {@link ExportRequest} to a figure, shared by the export dialog, its preview
 * and the {@code export} command: the window's own nodes, laid out for the request and recorded
 * once as a drawing ({@link #draw}), then written as PNG, SVG or PDF ({@link #write}) or painted
 * into any Graphics2D. Each figure is drawn from a fresh state that holds only what the request
 * says, so the window's state can neither leak into a figure nor be changed by one.
 */
public final class ExportRenderer {
    /** Bytes per pixel of a whole image in memory and its JavaFX copy (preview, clipboard). */
    static final int BYTES_PER_PIXEL_WHOLE = 8;

    private final LoadResult content;
    private final ViewRenderer basemap;
    private final ExportViews views;

    public ExportRenderer(LoadResult content, ViewRenderer basemap, ExportViews views) {
        this.content = content;
        this.basemap = basemap;
        this.views = views;
    }

    /** The figure the request describes, drawn once (call from any thread; the layout runs on the FX thread). */
    public ExportDrawing draw(ExportRequest r) {
        return HeadlessFx.call(() -> {
            AtlasState state = new AtlasState(content);
            r.applyTo(state);
            return FrameLayout.draw(new ExportFrame(state, r, views), r, basemap);
        });
    }

    /** Writes the figure in the format through a temporary file: a failed write leaves any old file as it was. */
    public static void write(ExportDrawing d, ExportFormat format, Path out) throws IOException {
        AtomicFile.write(out, stream -> {
            switch (format) {
                case PNG -> PngFigure.write(d, stream);
                case SVG -> SvgFigure.write(d, stream);
                case PDF -> PdfFigure.write(d, stream);
            }
        });
    }

    /**
     * The figure as one image in memory, for the preview and the clipboard (files are written band
     * by band and need no such image). Refuses, with a message saying what to do, an image the heap
     * cannot hold.
     */
    public BufferedImage render(ExportRequest r) {
        checkMemory(r, Runtime.getRuntime().maxMemory());
        ExportDrawing d = draw(r);
        BufferedImage img = new BufferedImage(r.pixelWidth(), r.pixelHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(r.scale(), r.scale());
            d.paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The PDF page a request is printed on, width and height in millimetres. */
    public static double[] pageMm(ExportRequest r) {
        var page = PdfFigure.page(r);
        return new double[] {page.getWidth() / PdfFigure.POINTS_PER_MM, page.getHeight() / PdfFigure.POINTS_PER_MM};
    }

    static void checkMemory(ExportRequest r, long maxHeapBytes) {
        long need = (long) r.pixelWidth() * r.pixelHeight() * BYTES_PER_PIXEL_WHOLE;
        if (need > maxHeapBytes / 2) {
            throw new TooLarge(Message.of(
                    "export.tooLarge",
                    r.pixelWidth(),
                    r.pixelHeight(),
                    need >> 20,
                    maxHeapBytes >> 20,
                    (need >> 29) + 2));
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
