package org.longjiang.atlas.core.geo;

import java.util.List;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Subject;

/**
 * The one rule for what view shows a subject, used by the window, {@code export --view}, tours and
 * fact sheets: an area (the province, a country) fits its extent, a link fits its course, any other
 * place is centred at {@link #PLACE_ZOOM}. Zooms are whole levels within the atlas's range, because
 * the window draws tiles 1:1 only at whole levels.
 */
public final class Framing {
    public static final double MIN_ZOOM = 2;
    public static final double MAX_ZOOM = 12;
    /** The province as the window opens on it. */
    public static final Viewport HOME = new Viewport(47.6, 128.8, 5);
    /** A point subject (a city, a port) is shown at this zoom: its surroundings and neighbours labelled. */
    public static final double PLACE_ZOOM = 7;
    /** A link is not zoomed in beyond this, so a short bridge still shows both banks' towns. */
    static final double LINK_MAX_ZOOM = PLACE_ZOOM + 1;
    /** Space kept free around a fitted area or course, in pixels. */
    static final double MARGIN_PX = 60;

    private Framing() {}

    public static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** The view that shows the subject in a map of {@code width × height} pixels. */
    public static Viewport of(Atlas atlas, Subject subject, double width, double height) {
        if (subject instanceof Link l) return fit(atlas.course(l), width, height, LINK_MAX_ZOOM);
        return place((Place) subject, width, height);
    }

    private static Viewport place(Place p, double width, double height) {
        if (p.id().equals(Atlas.PROVINCE_ID) && p.extent().isEmpty()) return HOME;
        return p.extent()
                .map(e -> fit(e.corners(), width, height, MAX_ZOOM))
                .orElseGet(() -> new Viewport(p.position().lat(), p.position().lon(), PLACE_ZOOM));
    }

    private static Viewport fit(List<LatLon> points, double width, double height, double maxZoom) {
        Viewport v = Viewport.fit(points, width, height, MARGIN_PX, maxZoom);
        return new Viewport(v.lat(), v.lon(), clampZoom(Math.floor(v.zoom())));
    }
}
