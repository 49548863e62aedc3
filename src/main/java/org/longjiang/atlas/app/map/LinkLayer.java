package org.longjiang.atlas.app.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.shape.Polyline;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.geo.LinkCourse;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;

/**
 * The links of the atlas as lines, styled by kind, status and geometry (schematic = dashed).
 * Each line has a wider invisible twin so that a thin route is easy to click.
 */
public final class LinkLayer extends OverlayLayer {
    private final AtlasState state;
    private final List<Route> routes = new ArrayList<>();
    private final KindsInView inView = new KindsInView();
    private final YearStatus year;

    /** One link's nodes and its course. */
    private record Route(Link link, List<LatLon> course, Polyline line, Polyline hit) {}

    public LinkLayer(AtlasState state) {
        this.state = state;
        this.year = new YearStatus(state);
        getStyleClass().add("link-layer");
        state.atlas().links().stream()
                .sorted(Comparator.comparingInt(LinkLayer::drawOrder))
                .forEach(this::addRoute);
        state.selectionProperty().addListener((o, a, b) -> refreshSelection());
        state.hiddenKinds().addListener((javafx.collections.SetChangeListener<String>) c -> markDirty());
        state.yearProperty().addListener((o, a, b) -> markDirty());
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
                        "status-" + link.status().id(),
                        "geometry-" + link.geometry().name().toLowerCase(java.util.Locale.ROOT));
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
        getChildren().addAll(line, hit);
    }

    @Override
    protected void layoutLayer() {
        double w = ((javafx.scene.layout.Region) getParent()).getWidth();
        double h = ((javafx.scene.layout.Region) getParent()).getHeight();
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (Route r : routes) {
            double[] pts = new double[r.course().size() * 2];
            boolean ok = true;
            for (int i = 0; i < r.course().size(); i++) {
                Point2D p =
                        getMapPoint(r.course().get(i).lat(), r.course().get(i).lon());
                if (p == null) {
                    ok = false;
                    break;
                }
                pts[2 * i] = p.getX();
                pts[2 * i + 1] = p.getY();
            }
            if (!ok) continue;
            var status = year.of(r.link().id(), r.link().status());
            status.ifPresent(st -> YearStatus.style(r.line(), st));
            year.markUndated(r.line(), r.link().opened().isPresent());
            boolean onScreen = status.isPresent() && crosses(pts, w, h);
            if (onScreen) kinds.add(r.link().kind().id());
            boolean visible =
                    onScreen && !state.hiddenKinds().contains(r.link().kind().id());
            r.line().setVisible(visible);
            r.hit().setVisible(visible);
            if (!visible) continue;
            setPoints(r.line(), pts);
            setPoints(r.hit(), pts);
        }
        inView.update(kinds);
    }

    /** Whether the bounding box of the line meets the view. */
    private static boolean crosses(double[] pts, double w, double h) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < pts.length; i += 2) {
            minX = Math.min(minX, pts[i]);
            maxX = Math.max(maxX, pts[i]);
            minY = Math.min(minY, pts[i + 1]);
            maxY = Math.max(maxY, pts[i + 1]);
        }
        return maxX >= 0 && minX <= w && maxY >= 0 && minY <= h;
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
            boolean selected = r.link().id().equals(sel);
            PlaceLayer.toggle(r.line(), selected);
            if (selected) {
                r.line().toFront();
                r.hit().toFront();
            }
        }
    }
}
