package org.longjiang.atlas.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.longjiang.atlas.app.detail.ChartImage;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.NodeImages;
import org.longjiang.atlas.app.ui.TextFileSaver;
import org.longjiang.atlas.core.dossier.Dossier;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.dossier.FactSheet;
import org.longjiang.atlas.core.dossier.FactSheetHtml;
import org.longjiang.atlas.core.dossier.FactSheetMarkdown;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.query.ChartSpec;

/** {@code factsheet}: writes a subject's dossier as a Markdown or HTML fact sheet (charts embedded in HTML). */
public final class FactSheetCommand {
    static final int CHART_WIDTH = 760;
    static final int CHART_HEIGHT = 340;

    private final PrintStream out;

    public FactSheetCommand(PrintStream out) {
        this.out = out;
    }

    /** Parses {@code --view ID-OR-NAME --format md|html --out FILE [--lang en|zh|ru] [--overwrite]}. */
    public int run(String... args) {
        String view = null, format = null, lang = "en";
        Path file = null;
        boolean overwrite = false;
        Args in = new Args(args);
        while (in.hasNext()) {
            String option = in.next();
            switch (option) {
                case "--view" -> view = in.value(option);
                case "--format" -> format = in.oneOf(option, List.of("md", "html"));
                case "--out" -> file = in.path(option);
                case "--lang" -> lang = in.oneOf(option, ExportOptions.LANGUAGES);
                case "--overwrite" -> overwrite = true;
                default -> throw Args.unknown(option);
            }
        }
        if (view == null) throw Args.missing("--view");
        if (file == null) throw Args.missing("--out");
        if (format == null) throw Args.missing("--format");
        OutputFile.checkWritable(file, overwrite);
        LoadResult content = AtlasLoader.loadBundled();
        if (!content.problems().isEmpty())
            System.err.println(Messages.english()
                    .get("cli.dataProblems", content.problems().size()));
        String id = SubjectArgument.resolve(content.atlas(), "--view", view);
        DossierBuilder model = new DossierBuilder(content.atlas());
        Dossier dossier = model.dossier(id, lang).orElseThrow();
        List<FactSheet.Block> blocks = FactSheet.of(model, dossier, lang);
        String text = format.equals("md") ? FactSheetMarkdown.render(blocks, lang) : html(model, blocks, lang);
        try {
            TextFileSaver.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.english().get("export.writeFailed", file, e.getMessage()), e);
        }
        out.println(Messages.english()
                .get("factsheet.wrote", file, dossier.title(), dossier.tables().size()));
        return CommandLine.OK;
    }

    private static String html(DossierBuilder model, List<FactSheet.Block> blocks, String lang) {
        HeadlessFx.start();
        return FactSheetHtml.render(blocks, lang, spec -> Optional.of(png(model, spec, lang)));
    }

    private static String png(DossierBuilder model, ChartSpec spec, String lang) {
        var chart = HeadlessFx.call(() -> ChartImage.prepare(model, spec, lang, CHART_WIDTH, CHART_HEIGHT));
        var image = NodeImages.snapshot(chart, CHART_WIDTH, (int) Math.ceil(chart.getHeight()), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
