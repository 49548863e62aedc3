package org.longjiang.atlas.app.export;

import java.util.Optional;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.app.cli.SubjectArgument;
import org.longjiang.atlas.app.map.AtlasMap;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.model.Atlas;

/**
 * The view an export shows, resolved from the options: a centre and zoom, and the subject if one was
 * named ({@code --view}); {@code --center} and {@code --zoom} override the subject's framing.
 */
record ExportView(Viewport viewport, Optional<String> subjectId, String title) {
    static final double PLACE_ZOOM = 7;
    private static final double FIT_MARGIN_PX = 80;

    static ExportView resolve(Atlas atlas, ExportOptions o) {
        if (o.view().isEmpty()) {
            Viewport v = new Viewport(
                    o.lat().orElseThrow(), o.lon().orElseThrow(), o.zoom().orElse(AtlasMap.HOME_ZOOM));
            return new ExportView(v, Optional.empty(), o.title().orElse(Messages.get("export.defaultTitle")));
        }
        String query = o.view().get();
        String id = SubjectArgument.resolve(atlas, "--view", query);
        Viewport v = atlas.place(id)
                .map(p -> new Viewport(
                        p.position().lat(), p.position().lon(), o.zoom().orElse(PLACE_ZOOM)))
                .orElseGet(() -> {
                    Viewport fit = Viewport.fit(
                            atlas.course(atlas.link(id).orElseThrow()),
                            o.width(),
                            o.height() * 0.8,
                            FIT_MARGIN_PX,
                            AtlasMap.MAX_ZOOM);
                    return new Viewport(fit.lat(), fit.lon(), o.zoom().orElse(AtlasMap.clampZoom(fit.zoom())));
                });
        if (o.lat().isPresent()) v = new Viewport(o.lat().get(), o.lon().orElseThrow(), v.zoom());
        String name = atlas.place(id)
                .map(p -> p.names().in(o.language()))
                .orElseGet(() -> atlas.link(id).orElseThrow().names().in(o.language()));
        return new ExportView(v, Optional.of(id), o.title().orElse(name));
    }
}
