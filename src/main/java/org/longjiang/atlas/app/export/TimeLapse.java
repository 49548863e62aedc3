package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.longjiang.atlas.core.io.AtomicFile;

/**
 * The network year by year: one identically framed image per year of a {@link YearRange}, drawn by
 * the {@link ExportRenderer} from the same request with only its year changed (so the year badge,
 * decorations, layers and language are those of {@code export}). Frames are written as they are made
 * — into one animated GIF, or as a numbered PNG per year — and never held together.
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
                Optional.of(year));
    }

    /**
     * Writes the animated GIF through a temporary file; {@code progress} hears the number of frames done.
     *
     * @param frameMillis how long each year shows
     */
    public void toGif(ExportRequest base, YearRange range, int frameMillis, Path out, IntConsumer progress)
            throws IOException {
        List<Integer> years = range.years();
        AtomicFile.write(out, stream -> {
            try (GifSink gif = new GifSink(stream, frameMillis)) {
                for (int i = 0; i < years.size(); i++) {
                    addFrame(gif, base, years.get(i));
                    progress.accept(i + 1);
                }
            }
        });
    }

    /** Writes one PNG per year into the folder ({@code 1996.png} …); returns the files. */
    public List<Path> toPngs(ExportRequest base, YearRange range, Path folder, IntConsumer progress)
            throws IOException {
        List<Integer> years = range.years();
        for (int i = 0; i < years.size(); i++) {
            writeFrame(base, years.get(i), folder);
            progress.accept(i + 1);
        }
        return years.stream().map(y -> file(folder, y)).toList();
    }

    // One frame per call, so no reference to the last frame outlives it while the next is drawn.
    private void addFrame(GifSink gif, ExportRequest base, int year) throws IOException {
        gif.add(renderer.render(asOf(base, year)));
    }

    private void writeFrame(ExportRequest base, int year, Path folder) throws IOException {
        BufferedImage frame = renderer.render(asOf(base, year));
        PngWriter.write(frame, file(folder, year));
    }

    /** The file of one year in a folder of frames. */
    public static Path file(Path folder, int year) {
        return folder.resolve(year + ".png");
    }
}
