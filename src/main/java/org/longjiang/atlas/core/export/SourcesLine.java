package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.geo.WebMercator;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Source;
import org.longjiang.atlas.core.model.Supplied;

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
        return citations(atlas, v, widthPx, heightPx, shown, exists).stream()
                .map(Citation::sourceId)
                .distinct()
                .flatMap(id -> atlas.source(id).stream())
                .toList();
    }

    /** The papers behind a view, and apart from them what general knowledge supplied to it. */
    public record Credits(List<Source> papers, List<Supplied> generalKnowledge) {
        public boolean isEmpty() {
            return papers.isEmpty() && generalKnowledge.isEmpty();
        }

        /** "Song Linlin (2020); …; general knowledge, not from the papers: dates, coordinates". */
        public String format() {
            List<String> parts = new ArrayList<>();
            if (!papers.isEmpty()) parts.add(SourcesLine.format(papers));
            if (!generalKnowledge.isEmpty()) parts.add(GeneralKnowledge.credit(generalKnowledge));
            return String.join("; ", parts);
        }
    }

    /** The credits of what the view shows: its places and links, their figures and the dates of their stages. */
    public static Credits credits(
            Atlas atlas,
            Viewport v,
            double widthPx,
            double heightPx,
            Predicate<String> shown,
            Predicate<String> exists) {
        List<Citation> cites = citations(atlas, v, widthPx, heightPx, shown, exists);
        List<Source> papers = cites.stream()
                .map(Citation::sourceId)
                .distinct()
                .flatMap(id -> atlas.source(id).stream())
                .filter(s -> !s.generalKnowledge())
                .toList();
        Set<Supplied> supplied = new TreeSet<>();
        cites.stream().filter(Citation::generalKnowledge).forEach(c -> supplied.addAll(c.supplies()));
        boolean anyGeneral = cites.stream().anyMatch(Citation::generalKnowledge);
        return new Credits(
                papers, anyGeneral && supplied.isEmpty() ? List.of(Supplied.CONTEXT) : List.copyOf(supplied));
    }

    private static List<Citation> citations(
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
        List<Citation> out = new ArrayList<>();
        for (Place p : atlas.places()) {
            if (shown.test(p.kind().id()) && exists.test(p.id()) && inside(p.position(), x0, y0, x1, y1)) {
                out.addAll(p.sources());
                p.lifecycle().stages().forEach(st -> out.addAll(st.sources()));
            }
        }
        for (Link l : atlas.links()) {
            if (shown.test(l.kind().id())
                    && exists.test(l.id())
                    && atlas.course(l).stream().anyMatch(p -> inside(p, x0, y0, x1, y1))) {
                out.addAll(l.sources());
                l.figures().forEach(f -> f.source().ifPresent(out::add));
                l.lifecycle().stages().forEach(st -> out.addAll(st.sources()));
            }
        }
        return out;
    }

    /**
     * "Song Linlin (2020); Song Linlin, "Heilongjiang Province's Engagement in BRI"" — author and year
     * for a one-line credit; an undated paper also gets its title, so two papers by one author stay two.
     */
    public static String format(List<Source> sources) {
        return sources.stream().map(SourcesLine::credit).distinct().collect(Collectors.joining("; "));
    }

    private static String credit(Source s) {
        if (s.generalKnowledge()) return GeneralKnowledge.title();
        if (s.authors().isEmpty())
            return s.titleSupplied() ? "[" + CitationFormatter.shortTitle(s.title()) + "] (n.d.)" : s.title();
        String who = s.authors().get(0) + (s.authors().size() > 1 ? " et al." : "");
        return s.year().map(y -> who + " (" + y + ")").orElseGet(() -> who + ", \"" + s.title() + "\"");
    }

    private static boolean inside(LatLon p, double x0, double y0, double x1, double y1) {
        double x = WebMercator.x(p.lon()), y = WebMercator.y(p.lat());
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }
}
