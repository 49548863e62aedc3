package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        public String format(Messages m) {
            List<String> parts = new ArrayList<>();
            if (!papers.isEmpty()) parts.add(SourcesLine.format(papers, m));
            if (!generalKnowledge.isEmpty()) parts.add(GeneralKnowledge.credit(generalKnowledge, m));
            return parts.stream().reduce((a, b) -> m.get("sources.join", a, b)).orElse("");
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
    public static String format(List<Source> sources, Messages m) {
        return sources.stream()
                .map(s -> credit(s, m))
                .distinct()
                .reduce((a, b) -> m.get("sources.join", a, b))
                .orElse("");
    }

    private static String credit(Source s, Messages m) {
        if (s.generalKnowledge()) return GeneralKnowledge.title(m);
        String title = CitationFormatter.title(s, m);
        // Without an author, the (shortened) title stands for it: "[Untitled paper on …] (n.d.)".
        if (s.authors().isEmpty()) {
            String who = CitationFormatter.shortTitleOf(s, m);
            return m.get("citation.year", who, s.year().map(m::year).orElseGet(() -> m.get("citation.noDate")));
        }
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
