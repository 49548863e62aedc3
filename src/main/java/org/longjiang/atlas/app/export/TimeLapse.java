package org.longjiang.atlas.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.io.AtomicFile;

/**
 * The network year by year: one identically framed figure per year of a {@link YearRange}, drawn by
 * the {@link ExportRenderer} from the same request with only its year changed (so the year badge,
 * decorations, layers, type and language are those of {@code export}). Frames are written as they are
 * made — into one animated GIF, or as a PNG per year written band by band — and never held together.
 */
public final class TimeLapse {
    private final ExportRenderer renderer;

    public TimeLapse(ExportRenderer renderer) {
        this.renderer = renderer;
    }

    /** The request as of one year. */
    public static ExportRequest asOf(ExportRequest r, int year) {
        return new ExportRequest(
                r.what(),
                r.view(),
                r.subject(),
                r.title(),
                r.width(),
                r.height(),
                r.scale(),
                r.language(),
                r.decorations(),
                r.hiddenKinds(),
                Optional.of(year),
                r.presentation());
    }

    /**
     * Writes the animated GIF through a temporary file; {@code progress} hears the number of frames done.
     * Returns what had to give way in any frame (a decoration left out of a small image…), once each.
     *
     * @param frameMillis how long each year shows
     */
    public List<Message> toGif(ExportRequest base, YearRange range, int frameMillis, Path out, IntConsumer progress)
            throws IOException {
        List<Integer> years = range.years();
        Set<Message> notices = new LinkedHashSet<>();
        AtomicFile.write(out, stream -> {
            try (GifSink gif = new GifSink(stream, frameMillis)) {
                for (int i = 0; i < years.size(); i++) {
                    notices.addAll(addFrame(gif, base, years.get(i)));
                    progress.accept(i + 1);
                }
            }
        });
        return List.copyOf(notices);
    }

    /** Writes one PNG per year into the folder ({@code 1996.png} …); returns what had to give way, once each. */
    public List<Message> toPngs(ExportRequest base, YearRange range, Path folder, IntConsumer progress)
            throws IOException {
        List<Integer> years = range.years();
        Set<Message> notices = new LinkedHashSet<>();
        for (int i = 0; i < years.size(); i++) {
            ExportDrawing frame = renderer.draw(asOf(base, years.get(i)));
            ExportRenderer.write(frame, ExportFormat.PNG, file(folder, years.get(i)));
            notices.addAll(frame.notices());
            progress.accept(i + 1);
        }
        return List.copyOf(notices);
    }

    // One frame per call, so no reference to the last frame's pixels outlives it while the next is drawn.
    private List<Message> addFrame(GifSink gif, ExportRequest base, int year) throws IOException {
        ExportDrawing frame = renderer.draw(asOf(base, year));
        gif.add(PngFigure.band(frame, 0, frame.request().pixelHeight()));
        return frame.notices();
    }

    /** The file of one year in a folder of frames. */
    public static Path file(Path folder, int year) {
        return folder.resolve(year + ".png");
    }
}
