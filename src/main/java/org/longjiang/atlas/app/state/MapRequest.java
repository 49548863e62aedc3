package org.longjiang.atlas.app.state;

import org.longjiang.atlas.core.geo.Viewport;

/** A one-off request to the map: bring a subject into view, or show a view (a tour stop). */
public sealed interface MapRequest {
    /** Fly to the subject's framing. */
    record Focus(String subjectId) implements MapRequest {}

    /** Fly to exactly this view. */
    record Show(Viewport view) implements MapRequest {}
}
