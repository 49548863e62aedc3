package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.longjiang.atlas.app.cli.CommandLine;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.export.SourcesLine;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;

/** {@code export}: renders a view of the atlas to a PNG without a display. */
public final class ExportCommand {
    private final PrintStream out;

    public ExportCommand(PrintStream out) {
        this.out = out;
    }

    public int run(String... args) {
        ExportOptions o = ExportOptions.parse(args);
        PngWriter.checkWritable(o.out(), o.overwrite());
        LoadResult content = AtlasLoader.loadBundled();
        AtlasState state = new AtlasState(content);
        ExportView view = ExportView.resolve(state.atlas(), o);
        if (!content.problems().isEmpty()) {
            System.err.println(Messages.get("cli.dataProblems", content.problems().size()));
        }
        HeadlessFx.start();
        BasemapData basemap = BasemapData.loadBundled();
        basemap.notices().forEach(n -> System.err.println(Messages.get("cli.warning", n)));
        BufferedImage image = render(state, view, o, new ViewRenderer(basemap));
        try {
            PngWriter.write(image, o.out());
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("export.writeFailed", o.out(), e.getMessage()), e);
        }
        out.println(Messages.get("export.wrote", o.out(), image.getWidth(), image.getHeight()));
        return CommandLine.OK;
    }

    /** Renders the view with the same map pane the window uses. */
    static BufferedImage render(AtlasState state, ExportView view, ExportOptions o, ViewRenderer basemap) {
        state.setLanguage(o.language());
        view.subjectId().ifPresent(state::select);
        var v = view.viewport();
        String sources = Messages.get("export.sources",
                SourcesLine.format(SourcesLine.forView(state.atlas(), v, o.width(), o.height())));
        String subtitle = Messages.get("export.subtitle", String.format("%.2f", v.lat()), String.format("%.2f", v.lon()),
                String.format("%.1f", v.zoom()));
        ExportFrame frame = HeadlessFx.call(() -> new ExportFrame(state, view.title(), subtitle, sources, o.plain()));
        return MapImageRenderer.render(frame, o.width(), o.height(), v, basemap, o.scale());
    }
}
