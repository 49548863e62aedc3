package org.longjiang.atlas.core.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.geo.WebMercator;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Source;

/** The papers behind what a view shows: every source cited by a place or link inside the frame. */
public final class SourcesLine {
    private SourcesLine() {}

    public static List<Source> forView(Atlas atlas, Viewport v, double widthPx, double heightPx) {
        return forView(atlas, v, widthPx, heightPx, kind -> true);
    }

    /** Only places and links of the kinds {@code shown} accepts count (the layers switched off are not in the image). */
    public static List<Source> forView(
            Atlas atlas, Viewport v, double widthPx, double heightPx, Predicate<String> shown) {
        return forView(atlas, v, widthPx, heightPx, shown, id -> true);
    }

    /** As above, counting only the places and links {@code exists} accepts by id (those of the year the image shows). */
    public static List<Source> forView(
            Atlas atlas,
            Viewport v,
            double widthPx,
            double heightPx,
            Predicate<String> shown,
            Predicate<String> exists) {
        double world = WebMercator.worldSize(v.zoom());
        double cx = WebMercator.x(v.lon()) * world, cy = WebMercator.y(v.lat()) * world;
        double x0 = (cx - widthPx / 2) / world, x1 = (cx + widthPx / 2) / world;
        double y0 = (cy - heightPx / 2) / world, y1 = (cy + heightPx / 2) / world;
        Set<String> ids = new LinkedHashSet<>();
        for (Place p : atlas.places()) {
            if (shown.test(p.kind().id()) && exists.test(p.id()) && inside(p.position(), x0, y0, x1, y1))
                p.sources().forEach(c -> ids.add(c.sourceId()));
        }
        for (Link l : atlas.links()) {
            if (shown.test(l.kind().id())
                    && exists.test(l.id())
                    && atlas.course(l).stream().anyMatch(p -> inside(p, x0, y0, x1, y1))) {
                l.sources().forEach(c -> ids.add(c.sourceId()));
                l.figures().forEach(f -> f.source().map(Citation::sourceId).ifPresent(ids::add));
            }
        }
        return ids.stream().flatMap(id -> atlas.source(id).stream()).toList();
    }

    /**
     * "Song Linlin (2020); Song Linlin, "Heilongjiang Province's Engagement in BRI"" — author and year
     * for a one-line credit; an undated paper also gets its title, so two papers by one author stay two.
     */
    public static String format(List<Source> sources, Messages m) {
        return sources.stream()
                .map(s -> credit(s, m))
                .distinct()
                .reduce((a, b) -> m.get("sources.join", a, b))
                .orElse("");
    }

    private static String credit(Source s, Messages m) {
        String title = CitationFormatter.title(s, m);
        if (s.authors().isEmpty()) return title;
        String who = CitationFormatter.author(s, m);
        return s.year()
                .map(y -> m.get("citation.year", who, m.year(y)))
                .orElseGet(() -> m.get("sources.titled", who, title));
    }

    private static boolean inside(LatLon p, double x0, double y0, double x1, double y1) {
        double x = WebMercator.x(p.lon()), y = WebMercator.y(p.lat());
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }
}
