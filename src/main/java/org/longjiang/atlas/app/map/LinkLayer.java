package org.longjiang.atlas.app.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.geo.LinkCourse;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.geo.WebMercator;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.query.Standing;

/**
 * The links of the atlas as lines, styled by kind, status and geometry (schematic = dashed).
 * Each line has a wider invisible twin so that a thin route is easy to click.
 */
public final class LinkLayer extends OverlayLayer {
    private final AtlasState state;
    private final List<Route> routes = new ArrayList<>();
    private final KindsInView inView = new KindsInView();
    private final KindsInView marksInView = new KindsInView();
    private final YearStatus year;

    /** A point whose screen position tells how far the map has moved since the routes were laid out. */
    static final LatLon REFERENCE = new LatLon(Framing.HOME.lat(), Framing.HOME.lon());

    private final Group lines = new Group();
    /** The reference's position, the zoom and the size when every route was last laid out. */
    private Point2D anchor;

    private double anchorZoom = Double.NaN;
    private double anchorWidth;
    private double anchorHeight;
    /** The year or the layers changed: every route is laid out again at the next layout. */
    private boolean restyle = true;

    /** One link's nodes and its course, with its points and status as last laid out. */
    private static final class Route {
        final Link link;
        final List<LatLon> course;
        final Polyline line;
        final Polyline hit;
        double[] pts;
        Optional<Standing> status = Optional.empty();
        boolean pointsSet;

        Route(Link link, List<LatLon> course, Polyline line, Polyline hit) {
            this.link = link;
            this.course = course;
            this.line = line;
            this.hit = hit;
        }
    }

    public LinkLayer(AtlasState state) {
        this.state = state;
        this.year = new YearStatus(state);
        getStyleClass().add("link-layer");
        getChildren().add(lines);
        state.atlas().links().stream()
                .sorted(Comparator.comparingInt(LinkLayer::drawOrder))
                .forEach(this::addRoute);
        state.selectionProperty().addListener((o, a, b) -> refreshSelection());
        state.hiddenKinds().addListener((SetChangeListener<String>) c -> restyle());
        state.yearProperty().addListener((o, a, b) -> restyle());
        state.compareFromProperty().addListener((o, a, b) -> restyle());
    }

    /** Corridors underneath, then pipelines, rail, sea, air and bridges on top. */
    static int drawOrder(Link l) {
        return switch (l.kind()) {
            case CORRIDOR -> 0;
            case CABLE, POWER -> 1;
            case PIPELINE_OIL, PIPELINE_GAS -> 2;
            case SEA, LAND_SEA, RIVER -> 3;
            case ROAD, RAIL -> 4;
            case AIR -> 5;
            case BRIDGE -> 6;
        };
    }

    private void addRoute(Link link) {
        Polyline line = new Polyline();
        line.getStyleClass()
                .addAll(
                        "link-line",
                        "kind-" + link.kind().id(),
                        "geometry-" + link.geometry().name().toLowerCase(Locale.ROOT));
        line.setMouseTransparent(true);
        Polyline hit = new Polyline();
        hit.getStyleClass().add("link-hit");
        hit.setId("link-" + link.id());
        hit.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                state.select(link.id());
                e.consume();
            }
        });
        routes.add(new Route(link, LinkCourse.of(state.atlas(), link), line, hit));
        lines.getChildren().addAll(line, hit);
    }

    private void restyle() {
        restyle = true;
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        double w = ((Region) getParent()).getWidth();
        double h = ((Region) getParent()).getHeight();
        Point2D ref = getMapPoint(REFERENCE.lat(), REFERENCE.lon());
        if (ref == null) return;
        double zoom = baseMap.zoom().get();
        boolean moved = restyle
                || anchor == null
                || zoom != anchorZoom
                || w != anchorWidth
                || h != anchorHeight
                // Half a world away the nearest copy of the world is another one: lay out afresh.
                || Math.abs(ref.getX() - anchor.getX()) > WebMercator.worldSize(zoom) / 2;
        if (moved) layOutEveryRoute(ref, zoom, w, h);
        // A pan moves every route by the same amount: the group moves, the points stay.
        double dx = ref.getX() - anchor.getX(), dy = ref.getY() - anchor.getY();
        lines.setTranslateX(dx);
        lines.setTranslateY(dy);
        Set<String> kinds = new HashSet<>();
        Set<String> marks = new HashSet<>();
        for (Route r : routes) {
            if (r.pts == null) continue;
            boolean onScreen = r.status.isPresent() && crosses(r.pts, dx, dy, w, h);
            if (onScreen) kinds.add(r.link.kind().id());
            boolean visible =
                    onScreen && !state.hiddenKinds().contains(r.link.kind().id());
            r.line.setVisible(visible);
            r.hit.setVisible(visible);
            if (visible) Marks.collect(r.line, marks);
            if (visible && !r.pointsSet) {
                setPoints(r.line, r.pts);
                setPoints(r.hit, r.pts);
                r.pointsSet = true;
            }
        }
        inView.update(kinds);
        marksInView.update(marks);
    }

    /** Projects every route afresh (a zoom, a resize, another year or set of layers) and styles its status. */
    private void layOutEveryRoute(Point2D ref, double zoom, double w, double h) {
        anchor = ref;
        anchorZoom = zoom;
        anchorWidth = w;
        anchorHeight = h;
        restyle = false;
        double worldPx = WebMercator.worldSize(zoom);
        for (Route r : routes) {
            r.pts = project(r.course, w, worldPx);
            r.pointsSet = false;
            r.status = year.of(r.link.id());
            r.status.ifPresent(st -> year.style(r.line, r.link.id(), st));
        }
    }

    /**
     * The course in the layer's pixels, in the copy of the world nearest the view, or null when the map
     * cannot place it yet. Past the 180° meridian a course goes on eastwards (the Bering Strait), not back
     * across the map.
     */
    private double[] project(List<LatLon> course, double w, double worldPx) {
        double[] pts = new double[course.size() * 2];
        for (int i = 0; i < course.size(); i++) {
            Point2D p = getMapPoint(course.get(i).lat(), course.get(i).lon());
            if (p == null) return null;
            pts[2 * i] = unwrap(p.getX(), i == 0 ? w / 2 : pts[2 * i - 2], worldPx);
            pts[2 * i + 1] = p.getY();
        }
        return pts;
    }

    static double unwrap(double x, double previous, double worldPx) {
        return Viewport.unwrap(x / worldPx, previous / worldPx) * worldPx;
    }

    /** The statuses, date-unknown and change marks of the lines drawn in view, for the legend. */
    ReadOnlyObjectProperty<Set<String>> marksInView() {
        return marksInView.view();
    }

    /** Whether the bounding box of the line, moved by (dx, dy), meets the view. */
    private static boolean crosses(double[] pts, double dx, double dy, double w, double h) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < pts.length; i += 2) {
            minX = Math.min(minX, pts[i]);
            maxX = Math.max(maxX, pts[i]);
            minY = Math.min(minY, pts[i + 1]);
            maxY = Math.max(maxY, pts[i + 1]);
        }
        return maxX + dx >= 0 && minX + dx <= w && maxY + dy >= 0 && minY + dy <= h;
    }

    /** The link kinds with at least one line in view (switched off or not). */
    public ReadOnlyObjectProperty<Set<String>> kindsInView() {
        return inView.view();
    }

    private static void setPoints(Polyline line, double[] pts) {
        Double[] boxed = new Double[pts.length];
        for (int i = 0; i < pts.length; i++) boxed[i] = pts[i];
        line.getPoints().setAll(boxed);
    }

    private void refreshSelection() {
        String sel = state.selectedId().orElse("");
        for (Route r : routes) {
            boolean selected = r.link.id().equals(sel);
            PlaceLayer.toggle(r.line, selected);
            if (selected) {
                r.line.toFront();
                r.hit.toFront();
            }
        }
    }
}
