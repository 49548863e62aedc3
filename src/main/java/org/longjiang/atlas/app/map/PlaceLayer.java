package org.longjiang.atlas.app.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Shape;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.render.Layers;
import org.longjiang.atlas.core.geo.LabelPlacer;
import org.longjiang.atlas.core.geo.WebMercator;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.query.Standing;

/**
 * The places of the atlas as symbols and labels. Nodes are made once; {@link #layoutLayer()}
 * only moves them, shows what the zoom allows and re-runs the label placement.
 */
public final class PlaceLayer extends OverlayLayer {
    private static final double MARGIN = 40;
    /** From this zoom, paired border towns are labelled in all three languages. */
    static final double TRILINGUAL_ZOOM = 6.5;

    private final AtlasState state;
    private final List<Marker> markers = new ArrayList<>();
    private final Group symbols = new Group();
    private final Group labels = new Group();
    private final KindsInView inView = new KindsInView();
    private final KindsInView marksInView = new KindsInView();
    private final YearStatus year;
    private Supplier<List<double[]>> reserved = List::of;
    /** Each marker's position and status when the places were last projected, at the anchor's zoom. */
    private double[] xs = new double[0];

    private double[] ys = new double[0];
    private final List<Optional<Standing>> statuses = new ArrayList<>();
    /** Where {@link LinkLayer#REFERENCE} was at the last projection, and the zoom then. */
    private Point2D anchor;

    private double anchorZoom = Double.NaN;
    /** The year changed: statuses are read again at the next layout. */
    private boolean restyle = true;

    /**
     * One place's nodes. The label is made the first time the place is shown: at the opening zoom
     * most places are hidden, and 200 labels styled before the first frame cost the start dearly.
     */
    private final class Marker {
        final Place place;
        final Shape symbol;
        private Label label;

        Marker(Place place, Shape symbol) {
            this.place = place;
            this.symbol = symbol;
        }

        Place place() {
            return place;
        }

        Shape symbol() {
            return symbol;
        }

        boolean hasLabel() {
            return label != null;
        }

        Label label() {
            if (label == null) {
                label = newLabel(place, symbol);
                toggle(label, isSelected(this));
                labels.getChildren().add(label);
                label.applyCss(); // styled now: the layout that made it measures it at once
            }
            return label;
        }
    }

    public PlaceLayer(AtlasState state) {
        this.state = state;
        this.year = new YearStatus(state);
        getStyleClass().add("place-layer");
        getChildren().addAll(Layers.mark(symbols, "places"), Layers.mark(labels, "labels"));
        state.atlas().places().stream()
                // points first, so an area name never pushes a town's label away
                .sorted(Comparator.comparing((Place p) -> !PlaceSymbols.drawn(p.kind()))
                        .thenComparingInt(Place::priority)
                        .thenComparing(Place::id))
                .forEach(this::addMarker);
        state.selectionProperty().addListener((o, a, b) -> refreshSelection());
        state.languageProperty().addListener((o, a, b) -> markDirty());
        state.hiddenKinds().addListener((SetChangeListener<String>) c -> markDirty());
        state.yearProperty().addListener((o, a, b) -> restyle());
        state.compareFromProperty().addListener((o, a, b) -> restyle());
    }

    private void restyle() {
        restyle = true;
        markDirty();
    }

    private void addMarker(Place p) {
        Shape symbol = PlaceSymbols.create(p);
        symbol.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                state.select(p.id());
                e.consume();
            }
        });
        symbol.setId("place-" + p.id());
        markers.add(new Marker(p, symbol));
        symbols.getChildren().add(symbol);
    }

    private static Label newLabel(Place p, Shape symbol) {
        Label label = new Label();
        label.getStyleClass()
                .addAll(
                        PlaceSymbols.drawn(p.kind()) ? "place-label" : "area-label",
                        "priority-" + p.priority(),
                        "kind-" + p.kind().id());
        label.setMouseTransparent(true);
        label.setManaged(false);
        if (!PlaceSymbols.drawn(p.kind())) {
            // An area is named, not marked: its label is what the user clicks.
            label.setMouseTransparent(false);
            label.setOnMouseClicked(symbol.getOnMouseClicked());
        }
        return label;
    }

    /** The highest priority number shown at a zoom: fewer, bigger places when zoomed out. */
    static int maxPriority(double zoom) {
        if (zoom < 3.5) return 1;
        if (zoom < 4.5) return 2;
        if (zoom < 5.5) return 3;
        if (zoom < 6.5) return 4;
        return 5;
    }

    @Override
    protected void layoutLayer() {
        double zoom = baseMap.zoom().get();
        double w = getScene() == null ? 0 : ((Region) getParent()).getWidth();
        double h = getScene() == null ? 0 : ((Region) getParent()).getHeight();
        int maxPriority = maxPriority(zoom);
        String lang = state.languageProperty().get();
        List<Marker> shown = new ArrayList<>();
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        Set<String> marks = new HashSet<>();
        Point2D ref = getMapPoint(LinkLayer.REFERENCE.lat(), LinkLayer.REFERENCE.lon());
        if (ref == null) return;
        // Half a world away the nearest copy of the world is another one: project afresh.
        if (restyle
                || anchor == null
                || zoom != anchorZoom
                || Math.abs(ref.getX() - anchor.getX()) > WebMercator.worldSize(zoom) / 2) project(ref, zoom, w);
        // A pan moves every symbol by the same amount: the group moves, the symbols stay.
        double dx = ref.getX() - anchor.getX(), dy = ref.getY() - anchor.getY();
        symbols.setTranslateX(dx);
        symbols.setTranslateY(dy);
        for (int k = 0; k < markers.size(); k++) {
            Marker m = markers.get(k);
            double x = xs[k] + dx, y = ys[k] + dy;
            boolean onScreen = !Double.isNaN(xs[k])
                    && statuses.get(k).isPresent()
                    && (m.place().priority() <= maxPriority || isSelected(m))
                    && x > -MARGIN
                    && y > -MARGIN
                    && x < w + MARGIN
                    && y < h + MARGIN;
            if (onScreen) kinds.add(m.place().kind().id());
            boolean visible =
                    onScreen && !state.hiddenKinds().contains(m.place().kind().id());
            m.symbol().setVisible(visible);
            if (!visible) {
                if (m.hasLabel()) m.label().setVisible(false);
                continue;
            }
            if (PlaceSymbols.drawn(m.place().kind())) Marks.collect(m.symbol(), marks);
            m.label().setText(labelText(m.place(), lang, zoom));
            m.label().autosize();
            shown.add(m);
            boolean area = !PlaceSymbols.drawn(m.place().kind());
            candidates.add(new LabelPlacer.Candidate(
                    x,
                    y,
                    area ? 0 : PlaceSymbols.clearance(m.place()),
                    m.label().getWidth(),
                    m.label().getHeight(),
                    area));
        }
        inView.update(kinds);
        marksInView.update(marks);
        List<Integer> order = labelOrder(shown);
        List<Marker> ordered = order.stream().map(shown::get).toList();
        List<LabelPlacer.Candidate> orderedCandidates =
                order.stream().map(candidates::get).toList();
        List<Optional<LabelPlacer.Placement>> placed = LabelPlacer.place(orderedCandidates, w, h, reserved.get());
        shown = ordered;
        // Each label is shown or hidden once per layout: toggling it off and on again would
        // invalidate its bounds (and the layer's) on every frame of a pan.
        for (int i = 0; i < shown.size(); i++) {
            Label label = shown.get(i).label();
            Optional<LabelPlacer.Placement> p = placed.get(i);
            p.ifPresent(at -> label.relocate(at.x(), at.y()));
            label.setVisible(p.isPresent());
        }
    }

    /** Projects every place afresh (a zoom, another year): positions, statuses and symbol styles. */
    private void project(Point2D ref, double zoom, double w) {
        anchor = ref;
        anchorZoom = zoom;
        restyle = false;
        xs = new double[markers.size()];
        ys = new double[markers.size()];
        statuses.clear();
        for (int k = 0; k < markers.size(); k++) {
            Marker m = markers.get(k);
            Point2D pt = nearest(
                    getMapPoint(m.place().position().lat(), m.place().position().lon()), w, zoom);
            xs[k] = pt == null ? Double.NaN : pt.getX();
            ys[k] = pt == null ? Double.NaN : pt.getY();
            if (pt != null) {
                m.symbol().setTranslateX(pt.getX());
                m.symbol().setTranslateY(pt.getY());
            }
            Optional<Standing> status = year.of(m.place().id());
            status.ifPresent(st -> year.style(m.symbol(), m.place().id(), st));
            statuses.add(status);
        }
    }

    /** The point in the copy of the world nearest the view's centre (the Bering Strait seen from Asia). */
    private static Point2D nearest(Point2D p, double width, double zoom) {
        if (p == null) return null;
        return new Point2D(LinkLayer.unwrap(p.getX(), width / 2, WebMercator.worldSize(zoom)), p.getY());
    }

    /** The statuses, date-unknown and change marks of the symbols drawn in view, for the legend. */
    ReadOnlyObjectProperty<Set<String>> marksInView() {
        return marksInView.view();
    }

    /** Boxes (in map pixels) labels must keep off: the overlays drawn over the map. */
    void setReserved(Supplier<List<double[]>> reserved) {
        this.reserved = reserved;
    }

    /** Places the labels again (an overlay they avoid has moved or changed size). */
    void relayout() {
        markDirty();
    }

    /** The place kinds with at least one symbol in view (switched off or not). */
    public ReadOnlyObjectProperty<Set<String>> kindsInView() {
        return inView.view();
    }

    /**
     * The order labels claim their room in: the subject first, whatever its priority; then, when the
     * subject is a route, the places on its course (a tour stop about the Heihe bridge must name
     * Heihe, not lose it to a neighbour); then the rest in their usual order.
     */
    private List<Integer> labelOrder(List<Marker> shown) {
        Set<String> onCourse = state.selectedId()
                .flatMap(id -> state.atlas().subject(id))
                .map(subject -> subject instanceof Link link ? Set.copyOf(link.placeIds()) : Set.<String>of())
                .orElse(Set.of());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt(i -> isSelected(shown.get(i))
                ? 0
                : onCourse.contains(shown.get(i).place().id()) ? 1 : 2));
        return order;
    }

    private boolean isSelected(Marker m) {
        return state.selectedId().filter(m.place().id()::equals).isPresent();
    }

    /**
     * The label of a place: its name in the chosen language; close in, a paired border town is named
     * in both border languages too (Heihe / 黑河 / Хэйхэ; in Chinese 黑河 / Хэйхэ, in Russian Хэйхэ / 黑河).
     */
    static String labelText(Place p, String lang, double zoom) {
        Messages m = Messages.of(lang);
        String name = m.text(p.names());
        if (PlaceSymbols.water(p.kind())) return name;
        if (!PlaceSymbols.drawn(p.kind())) return name.toUpperCase(m.locale().toLocale());
        if (p.counterpartId().isEmpty() || zoom < TRILINGUAL_ZOOM) return name;
        return Stream.of("zh", "ru")
                .filter(l -> !l.equals(m.language()))
                .map(l -> p.names().in(l))
                .reduce(name, (a, b) -> m.get("map.pairedNames", a, b));
    }

    private void refreshSelection() {
        for (Marker m : markers) {
            boolean sel = isSelected(m);
            toggle(m.symbol(), sel);
            if (m.hasLabel()) toggle(m.label(), sel);
            if (sel) m.symbol().toFront();
        }
        markDirty();
    }

    static void toggle(Node n, boolean selected) {
        if (selected && !n.getStyleClass().contains("selected"))
            n.getStyleClass().add("selected");
        if (!selected) n.getStyleClass().remove("selected");
    }
}
