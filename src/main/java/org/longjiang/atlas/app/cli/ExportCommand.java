package org.longjiang.atlas.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.export.ExportRequest;
import org.longjiang.atlas.app.export.PngWriter;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Atlas;

/** {@code export}: renders a view of the atlas to a PNG without a display. */
public final class ExportCommand {
    private final PrintStream out;

    public ExportCommand(PrintStream out) {
        this.out = out;
    }

    public int run(String... args) {
        if (Arrays.asList(args).contains("--tour")) return new TourExport(out).run(args);
        ExportOptions o = ExportOptions.parse(args);
        OutputFile.checkWritable(o.out(), o.overwrite());
        LoadResult content = AtlasLoader.loadBundled();
        ExportRequest request = request(content.atlas(), o);
        if (!content.problems().isEmpty()) {
            System.err.println(
                    Messages.get("cli.dataProblems", content.problems().size()));
        }
        HeadlessFx.start();
        TileService.shared().declineTiles();
        BasemapData basemap = BasemapData.loadBundled();
        basemap.notices().forEach(n -> System.err.println(Messages.get("cli.warning", n)));
        BufferedImage image = new ExportRenderer(content, new ViewRenderer(basemap), new AtlasViews()).render(request);
        try {
            PngWriter.write(image, o.out());
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("export.writeFailed", o.out(), e.getMessage()), e);
        }
        out.println(Messages.get("export.wrote", o.out(), image.getWidth(), image.getHeight()));
        return CommandLine.OK;
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
                o.year());
    }
}
