package org.longjiang.atlas.app.export;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
import ar.com.hjg.pngj.PngWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a figure as a PNG band by band: each band of rows is drawn (basemap, overlays, text) and
 * encoded before the next, so memory stays at a few bands whatever the image's size — a 15360 × 8640
 * image needs no more than a slide. The next band is drawn on a second thread while this one is
 * encoded. Equal drawings give equal bytes (no time stamp is written).
 */
final class PngFigure {
    /** Pixels in one band at most (4 Mpx, 16 MB): a few bands are alive at a time. */
    static final int BAND_PIXELS = 4 << 20;

    private PngFigure() {}

    /** The rows in one band of an image {@code width} pixels wide. */
    static int bandRows(int width) {
        return Math.max(1, BAND_PIXELS / Math.max(1, width));
    }

    static void write(ExportDrawing d, OutputStream out) throws IOException {
        write(d, out, bandRows(d.request().pixelWidth()));
    }

    /** The same with bands of {@code rows} rows (tests compare band sizes). */
    static void write(ExportDrawing d, OutputStream out, int rows) throws IOException {
        ExportRequest r = d.request();
        int w = r.pixelWidth(), h = r.pixelHeight();
        ImageInfo info = new ImageInfo(w, h, 8, false);
        PngWriter png = new PngWriter(out, info);
        png.setShouldCloseStream(false);
        // A map is large areas of flat colour: unfiltered rows deflate smallest, and zlib's fast levels
        // lose little here while the encoder stays ahead of the painter.
        png.setCompLevel(3);
        png.setFilterType(FilterType.FILTER_NONE);
        for (Map.Entry<String, String> e : d.provenance().asText().entrySet()) {
            boolean latin1 = e.getValue().chars().allMatch(c -> c < 0x100);
            png.getMetadata().setText(e.getKey(), e.getValue(), latin1, false);
        }
        ExportPreset.paperFor(r.width(), r.height(), w, h)
                .ifPresent(p -> png.getMetadata().setDpi(w / (p.paperWidthMm() / 25.4)));
        ExecutorService painter = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "atlas-png-bands");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<BufferedImage> next = painter.submit(() -> band(d, 0, Math.min(rows, h)));
            ImageLineByte line = new ImageLineByte(info);
            for (int top = 0; top < h; top += rows) {
                BufferedImage band = next.get();
                int following = top + rows;
                if (following < h) next = painter.submit(() -> band(d, following, Math.min(rows, h - following)));
                encode(band, line, png);
            }
            png.end();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        } finally {
            painter.shutdownNow();
        }
    }

    /** Rows {@code top} to {@code top + rows} of the image, drawn. */
    static BufferedImage band(ExportDrawing d, int top, int rows) {
        int w = d.request().pixelWidth();
        BufferedImage band = new BufferedImage(w, rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = band.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, rows);
            g.clipRect(0, 0, w, rows);
            g.translate(0, -top);
            g.scale(d.request().scale(), d.request().scale());
            d.paint(g);
        } finally {
            g.dispose();
        }
        return band;
    }

    private static void encode(BufferedImage band, ImageLineByte line, PngWriter png) {
        int w = band.getWidth();
        int[] px = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        byte[] row = line.getScanlineByte();
        for (int y = 0; y < band.getHeight(); y++) {
            for (int x = 0, i = y * w, j = 0; x < w; x++, i++) {
                int p = px[i];
                row[j++] = (byte) (p >> 16);
                row[j++] = (byte) (p >> 8);
                row[j++] = (byte) p;
            }
            png.writeRow(line);
        }
    }
}
