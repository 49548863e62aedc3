package org.longjiang.atlas.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.longjiang.atlas.app.export.ExportDrawing;
import org.longjiang.atlas.app.export.ExportFormat;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.DataFile;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Kinds;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.model.TourStop;

/**
 * {@code export --tour ID --out DIR [image options]}: every stop of a tour as a numbered PNG (or SVG or PDF)
 * (slides for a lecture), each made exactly as {@code export} makes one image: the stop's view,
 * year, layers and subject, its caption as the title.
 */
final class TourExport {
    private final PrintStream out;
    private final PrintStream err;

    TourExport(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
                    throw new UsageException(Messages.english().get("tourExport.stopSets", option));
                default -> image.add(option);
            }
        }
        if (tourId == null) throw Args.missing("--tour");
        if (dir == null) throw Args.missing("--out");
        LoadResult content = AtlasLoader.loadBundled();
        String id = tourId;
        Tour tour = content.atlas()
                .tour(id)
                .orElseThrow(() -> new UsageException(Messages.english()
                        .get(
                                "tourExport.unknown",
                                id,
                                String.join(
                                        ", ",
                                        content.atlas().tours().stream()
                                                .map(Tour::id)
                                                .toList()))));
        List<Path> files = new ArrayList<>();
        List<ExportOptions> options = new ArrayList<>();
        // Every option is checked before the folder is made: a bad one (--scale 3) leaves nothing behind.
        for (int i = 0; i < tour.stops().size(); i++) {
            Path file = dir.resolve(String.format("%02d-%s.%s", i + 1, tour.id(), formatOf(image)));
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
        ExportRenderer renderer = Renderers.create(content, BasemapData.loadBundled());
        for (int i = 0; i < files.size(); i++) {
            ExportOptions o = options.get(i);
            ExportDrawing figure = renderer.draw(ExportCommand.request(content.atlas(), o));
            figure.notices().forEach(n -> err.println(Messages.english().get("cli.warning", n.toString())));
            ExportCommand.write(figure, o.format(), files.get(i), out);
        }
    }

    /** The extension of the stops' files: the one {@code --format} names, else png. */
    private static String formatOf(List<String> image) {
        int i = image.indexOf("--format");
        return i >= 0 && i + 1 < image.size()
                ? ExportFormat.byId(image.get(i + 1)).map(ExportFormat::id).orElse("png")
                : "png";
    }

    /** The {@code export} arguments of one stop: its view, year, layers and subject, with the user's image options. */
    static String[] stopArgs(Tour tour, int i, List<String> image, Path file) {
        TourStop s = tour.stops().get(i);
        List<String> a = new ArrayList<>(image);
        s.selection().ifPresent(sel -> a.addAll(List.of("--view", sel)));
        // A stop without a view is framed from its subject by --view, as the window frames it.
        s.view()
                .ifPresent(v ->
                        a.addAll(List.of("--center", v.lon() + "," + v.lat(), "--zoom", String.valueOf(v.zoom()))));
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
        Messages m = Messages.of(langOf(image));
        a.addAll(List.of(
                "--title",
                m.get("tourExport.title", i + 1, tour.stops().size(), m.text(s.caption())),
                "--out",
                file.toString(),
                "--overwrite"));
        return a.toArray(String[]::new);
    }

    private static String langOf(List<String> image) {
        int i = image.indexOf("--lang");
        return i >= 0 && i + 1 < image.size() ? image.get(i + 1) : "en";
    }

    /** Makes the folder unless it exists; true when this run made it. Anything else in its place is a usage error. */
    static boolean prepareFolder(Path dir) {
        if (Files.isDirectory(dir)) return false;
        Path parent = dir.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || Files.exists(dir)) {
            throw new UsageException(Messages.english().get("tourExport.badFolder", dir.toAbsolutePath()));
        }
        try {
            Files.createDirectory(dir);
            return true;
        } catch (IOException e) {
            throw new UsageException(
                    Messages.english().get("tourExport.badFolder", dir.toAbsolutePath()) + ": " + DataFile.reason(e));
        }
    }

    /** A failed run leaves no empty folder of its own behind (the images it did finish stay). */
    static void removeIfEmpty(Path dir) {
        try {
            Files.delete(dir);
        } catch (IOException notEmptyOrGone) {
            // Holds finished images, or is already gone: either way nothing to undo.
        }
    }
}
