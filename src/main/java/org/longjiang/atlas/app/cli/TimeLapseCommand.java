package org.longjiang.atlas.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.longjiang.atlas.app.export.ExportRequest;
import org.longjiang.atlas.app.export.TimeLapse;
import org.longjiang.atlas.app.export.YearRange;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;

/**
 * {@code export --animate FROM..TO [--step N] [--speed Y] --out FILE.gif} and {@code export --years
 * FROM..TO [--step N] --out FOLDER}: the network year by year, as an animated GIF (one frame per year,
 * {@code Y} years a second, looping) or as one identically framed PNG per year, each frame made exactly
 * as {@code export --year} makes one (the other image options apply to all frames).
 */
final class TimeLapseCommand {
    private static final List<String> SPEEDS = List.of("0.5", "1", "2", "4");

    private final PrintStream out;
    private final PrintStream err;

    TimeLapseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String... args) {
        YearRange range = null;
        boolean gif = false;
        int step = 1;
        double speed = 1;
        Path target = null;
        boolean overwrite = false;
        List<String> image = new ArrayList<>();
        Args in = new Args(args);
        while (in.hasNext()) {
            String option = in.next();
            switch (option) {
                case "--animate", "--years" -> {
                    if (range != null)
                        throw new UsageException(Messages.english().get("timelapse.oneRange"));
                    gif = option.equals("--animate");
                    range = range(option, in.value(option));
                }
                case "--step" -> step = in.whole(option, 1, 100);
                case "--speed" -> speed = Double.parseDouble(in.oneOf(option, SPEEDS));
                case "--out" -> target = in.path(option);
                case "--overwrite" -> overwrite = true;
                case "--year" -> throw new UsageException(Messages.english().get("timelapse.noYear"));
                // A GIF is a GIF and the frames of --years are PNGs.
                case "--format" -> {
                    if (!in.value(option).equals("png") || gif)
                        throw new UsageException(Messages.english().get("timelapse.noFormat"));
                }
                default -> image.add(option);
            }
        }
        if (target == null) throw Args.missing("--out");
        YearRange years = new YearRange(range.from(), range.to(), step);
        List<String> frameArgs = new ArrayList<>(image);
        // The image options are read as for one PNG of the first year.
        Path folder = gif ? target.toAbsolutePath().getParent() : target;
        frameArgs.addAll(List.of("--out", TimeLapse.file(folder, years.from()).toString()));
        ExportOptions options = ExportOptions.parse(frameArgs.toArray(String[]::new));
        LoadResult content = AtlasLoader.loadBundled();
        ExportRequest base = ExportCommand.request(content.atlas(), options);
        if (gif) OutputFile.checkWritable(target, overwrite);
        boolean made = !gif && prepare(target, years, overwrite);
        try {
            return make(content, base, years, gif, speed, target);
        } catch (RuntimeException e) {
            if (made) TourExport.removeIfEmpty(target);
            throw e;
        }
    }

    private int make(LoadResult content, ExportRequest base, YearRange years, boolean gif, double speed, Path target) {
        if (!content.problems().isEmpty())
            err.println(Messages.english()
                    .get("cli.dataProblems", content.problems().size()));
        HeadlessFx.start();
        TimeLapse lapse = new TimeLapse(Renderers.create(content, BasemapData.loadBundled()));
        int frames = years.years().size();
        Messages en = Messages.english();
        try {
            if (gif) {
                warn(lapse.toGif(base, years, (int) Math.round(1000 / speed), target, done -> {}));
                out.println(en.get(
                        "timelapse.wroteGif",
                        target,
                        frames,
                        years.from(),
                        years.to(),
                        base.pixelWidth(),
                        base.pixelHeight()));
            } else {
                warn(lapse.toPngs(base, years, target, done -> {}));
                out.println(en.get("timelapse.wrotePngs", target, frames, years.from(), years.to()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(en.get("export.writeFailed", target, e.getMessage()), e);
        }
        return CommandLine.OK;
    }

    private void warn(List<Message> notices) {
        notices.forEach(n -> err.println(Messages.english().get("cli.warning", n.toString())));
    }

    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\.\\.(\\d{4})");

    /** {@code 1996..2026}: first and last year, the first not after the last. */
    static YearRange range(String option, String text) {
        Matcher m = RANGE.matcher(text.trim());
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1)), to = Integer.parseInt(m.group(2));
            if (from >= 1800 && to <= 2100 && from <= to) return new YearRange(from, to, 1);
        }
        throw Args.bad(option, text, Messages.english().get("timelapse.aRange"));
    }

    /** The folder is made if its parent exists (true when this run made it); an existing year's file needs {@code --overwrite}. */
    private static boolean prepare(Path folder, YearRange years, boolean overwrite) {
        boolean made = TourExport.prepareFolder(folder);
        try {
            for (int y : years.years()) OutputFile.checkWritable(TimeLapse.file(folder, y), overwrite);
        } catch (RuntimeException e) {
            if (made) TourExport.removeIfEmpty(folder);
            throw e;
        }
        return made;
    }
}
