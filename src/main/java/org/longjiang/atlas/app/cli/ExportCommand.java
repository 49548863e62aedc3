package org.longjiang.atlas.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.export.ExportDrawing;
import org.longjiang.atlas.app.export.ExportFormat;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.export.ExportRequest;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Atlas;

/** {@code export}: draws a view of the atlas as a PNG, SVG or PDF figure without a display. */
public final class ExportCommand {
    private final PrintStream out;
    private final PrintStream err;

    public ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        if (Arrays.asList(args).contains("--tour")) return new TourExport(out, err).run(args);
        ExportOptions o = ExportOptions.parse(args);
        OutputFile.checkWritable(o.out(), o.overwrite());
        LoadResult content = AtlasLoader.loadBundled();
        ExportRequest request = request(content.atlas(), o);
        if (!content.problems().isEmpty()) {
            err.println(Messages.english()
                    .get("cli.dataProblems", content.problems().size()));
        }
        HeadlessFx.start();
        TileService.shared().declineTiles();
        BasemapData basemap = BasemapData.loadBundled();
        basemap.notices().forEach(n -> err.println(Messages.english().get("cli.warning", n.toString())));
        ExportDrawing figure = new ExportRenderer(content, new ViewRenderer(basemap), new AtlasViews()).draw(request);
        figure.notices().forEach(n -> err.println(Messages.english().get("cli.warning", n.toString())));
        write(figure, o.format(), o.out(), out);
        return CommandLine.OK;
    }

    /** Writes the figure and says what was written; shared with the tour export. */
    static void write(ExportDrawing figure, ExportFormat format, Path file, PrintStream out) {
        try {
            ExportRenderer.write(figure, format, file);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.english().get("export.writeFailed", file, e.getMessage()), e);
        }
        ExportRequest r = figure.request();
        out.println(
                switch (format) {
                    case PNG -> Messages.english().get("export.wrote", file, r.pixelWidth(), r.pixelHeight());
                    case SVG -> Messages.english().get("export.wroteVector", file, "SVG", r.width(), r.height());
                    case PDF ->
                        Messages.english()
                                .get(
                                        "export.wrotePdf",
                                        file,
                                        Math.round(ExportRenderer.pageMm(r)[0]),
                                        Math.round(ExportRenderer.pageMm(r)[1]));
                });
    }

    /** The request the options describe; unknown or ambiguous subjects fail here, before any rendering. */
    public static ExportRequest request(Atlas atlas, ExportOptions o) {
        ExportView view = ExportView.resolve(atlas, o);
        return new ExportRequest(
                o.what(),
                view.viewport(),
                view.subjectId(),
                view.title(),
                o.width(),
                o.height(),
                o.scale(),
                o.language(),
                o.decorations(),
                o.hiddenKinds(),
                o.year(),
                o.presentation());
    }
}
