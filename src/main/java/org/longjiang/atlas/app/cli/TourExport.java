package org.longjiang.atlas.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.export.PngWriter;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.DataFile;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Kinds;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.model.TourStop;

/**
 * {@code export --tour ID --out DIR [image options]}: every stop of a tour as a numbered PNG
 * (slides for a lecture), each made exactly as {@code export} makes one image: the stop's view,
 * year, layers and subject, its caption as the title.
 */
final class TourExport {
    private final PrintStream out;

    TourExport(PrintStream out) {
        this.out = out;
    }

    int run(String... args) {
        String tourId = null;
        Path dir = null;
        boolean overwrite = false;
        List<String> image = new ArrayList<>();
        Args in = new Args(args);
        while (in.hasNext()) {
            String option = in.next();
            switch (option) {
                case "--tour" -> tourId = in.value(option);
                case "--out" -> dir = in.path(option);
                case "--overwrite" -> overwrite = true;
                case "--center", "--zoom", "--view", "--year", "--hide", "--title" ->
                    throw new UsageException(Messages.get("tourExport.stopSets", option));
                default -> image.add(option);
            }
        }
        if (tourId == null) throw Args.missing("--tour");
        if (dir == null) throw Args.missing("--out");
        LoadResult content = AtlasLoader.loadBundled();
        String id = tourId;
        Tour tour = content.atlas()
                .tour(id)
                .orElseThrow(() -> new UsageException(Messages.get(
                        "tourExport.unknown",
                        id,
                        String.join(
                                ", ",
                                content.atlas().tours().stream().map(Tour::id).toList()))));
        List<Path> files = new ArrayList<>();
        List<ExportOptions> options = new ArrayList<>();
        // Every option is checked before the folder is made: a bad one (--scale 3) leaves nothing behind.
        for (int i = 0; i < tour.stops().size(); i++) {
            Path file = dir.resolve(String.format("%02d-%s.png", i + 1, tour.id()));
            files.add(file);
            options.add(ExportOptions.parse(stopArgs(tour, i, image, file)));
        }
        boolean made = prepareFolder(dir);
        try {
            for (Path file : files) OutputFile.checkWritable(file, overwrite);
            render(content, files, options);
        } catch (RuntimeException e) {
            if (made) removeIfEmpty(dir);
            throw e;
        }
        return CommandLine.OK;
    }

    private void render(LoadResult content, List<Path> files, List<ExportOptions> options) {
        HeadlessFx.start();
        TileService.shared().declineTiles();
        ExportRenderer renderer =
                new ExportRenderer(content, new ViewRenderer(BasemapData.loadBundled()), new AtlasViews());
        for (int i = 0; i < files.size(); i++) {
            BufferedImage img = renderer.render(ExportCommand.request(content.atlas(), options.get(i)));
            try {
                PngWriter.write(img, files.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.get("export.writeFailed", files.get(i), e.getMessage()), e);
            }
            out.println(Messages.get("export.wrote", files.get(i), img.getWidth(), img.getHeight()));
        }
    }

    /** The {@code export} arguments of one stop: its view, year, layers and subject, with the user's image options. */
    static String[] stopArgs(Tour tour, int i, List<String> image, Path file) {
        TourStop s = tour.stops().get(i);
        List<String> a = new ArrayList<>(image);
        s.selection().ifPresent(sel -> a.addAll(List.of("--view", sel)));
        a.addAll(List.of("--center", s.lon() + "," + s.lat(), "--zoom", String.valueOf(s.zoom())));
        s.year().ifPresent(y -> a.addAll(List.of("--year", String.valueOf(y))));
        if (!s.layers().isEmpty()) {
            a.addAll(List.of(
                    "--hide",
                    String.join(
                            ",",
                            Kinds.ALL.stream()
                                    .filter(k -> !s.layers().contains(k))
                                    .toList())));
        }
        String lang = langOf(image);
        a.addAll(List.of(
                "--title",
                Messages.get(
                        "tourExport.title",
                        i + 1,
                        tour.stops().size(),
                        s.caption().in(lang)),
                "--out",
                file.toString(),
                "--overwrite"));
        return a.toArray(String[]::new);
    }

    private static String langOf(List<String> image) {
        int i = image.indexOf("--lang");
        return i >= 0 && i + 1 < image.size() ? image.get(i + 1) : "en";
    }

    /** Makes the folder unless it exists; true when this run made it. */
    private static boolean prepareFolder(Path dir) {
        if (Files.isDirectory(dir)) return false;
        Path parent = dir.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || Files.exists(dir)) {
            throw new UsageException(Messages.get("tourExport.badFolder", dir.toAbsolutePath()));
        }
        try {
            Files.createDirectory(dir);
            return true;
        } catch (IOException e) {
            throw new UsageException(
                    Messages.get("tourExport.badFolder", dir.toAbsolutePath()) + ": " + DataFile.reason(e));
        }
    }

    /** A failed run leaves no empty folder of its own behind (the images it did finish stay). */
    private static void removeIfEmpty(Path dir) {
        try {
            Files.delete(dir);
        } catch (IOException notEmptyOrGone) {
            // Holds finished images, or is already gone: either way nothing to undo.
        }
    }
}
