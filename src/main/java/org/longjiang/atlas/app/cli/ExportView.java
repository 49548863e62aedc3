package org.longjiang.atlas.app.cli;

import java.util.Optional;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Subject;

/**
 * The view an export shows, resolved from the options: the subject's framing ({@link Framing}, as in
 * the window) if one was named with {@code --view}, else {@code --center} and {@code --zoom}, else the
 * window's opening view of the province;
 * {@code --center} and {@code --zoom} override the framing's centre and zoom.
 */
record ExportView(Viewport viewport, Optional<String> subjectId, String title) {
    /** The share of the image height the map gets when the title and sources bands are on. */
    private static final double MAP_SHARE = 0.8;

    static ExportView resolve(Atlas atlas, ExportOptions o) {
        if (o.view().isEmpty()) {
            Viewport v = new Viewport(
                    o.lat().orElse(Framing.HOME.lat()),
                    o.lon().orElse(Framing.HOME.lon()),
                    o.zoom().orElse(Framing.HOME.zoom()));
            return new ExportView(
                    v,
                    Optional.empty(),
                    o.title().orElse(Messages.of(o.language()).get("export.defaultTitle")));
        }
        Subject subject = atlas.subject(
                        SubjectArgument.resolve(atlas, "--view", o.view().get()))
                .orElseThrow();
        Viewport framed = Framing.of(atlas, subject, o.width(), o.height() * MAP_SHARE);
        Viewport v = new Viewport(
                o.lat().orElse(framed.lat()),
                o.lon().orElse(framed.lon()),
                o.zoom().orElse(framed.zoom()));
        return new ExportView(
                v,
                Optional.of(subject.id()),
                o.title().orElse(Messages.of(o.language()).text(subject.names())));
    }
}
