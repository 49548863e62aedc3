package org.longjiang.atlas.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.state.MapRequest;
import org.longjiang.atlas.app.ui.MapSurface;
import org.longjiang.atlas.app.ui.NodePainter;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.app.ui.render.Layers;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.model.Atlas;

/**
 * The map with its overlays (links, places, controls, legend, scale bar, attribution, notices).
 * The window and the headless export build the same pane, so an export is what the window shows.
 */
public final class MapPane extends StackPane implements MapSurface {
    private final AtlasMap map = new AtlasMap();
    private final VBox cornerBottomLeft = new VBox(6);
    private final Label attribution = new Label();
    private final Label notices = new Label();
    private final MapControls controls;
    private final Legend legend;
    private Region backdrop;
    private final ScaleBar scaleBar;
    private final PlaceLayer places;
    /** Overlays that labels keep off. */
    private final List<Node> reserved = new ArrayList<>();

    private final ObjectProperty<List<Message>> noticeList = new SimpleObjectProperty<>(List.of());

    public MapPane(AtlasState state) {
        getStyleClass().add("map-pane");
        getStylesheets().add(MapPane.class.getResource("/css/map.css").toExternalForm());
        LinkLayer links = new LinkLayer(state);
        PlaceLayer places = new PlaceLayer(state);
        map.addLayer(links);
        map.addLayer(new StatisticLayer(state));
        map.addLayer(places);
        map.node().setOnMouseClicked(e -> {
            map.node().requestFocus();
            // The background is the province itself: a click there opens its dossier.
            if (e.isStillSincePress()) state.select(Atlas.PROVINCE_ID);
        });
        var language = state.languageProperty();
        controls = new MapControls(map, language);
        this.places = places;
        places.setReserved(() -> overlayBoxes(reserved));
        for (Node n : List.of(cornerBottomLeft, attribution, controls)) reserve(n);
        legend = new Legend(state, places, links);
        scaleBar = new ScaleBar(map, language);
        cornerBottomLeft.getChildren().addAll(legend, scaleBar);
        cornerBottomLeft.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        cornerBottomLeft.setPickOnBounds(false);
        attribution.textProperty().bind(UiText.of(language, "map.attribution"));
        attribution.getStyleClass().add("map-attribution");
        Layers.mark(attribution, "attribution");
        Layers.mark(legend, "legend");
        Layers.mark(scaleBar, "scale-bar");
        Layers.mark(links, "links");
        Layers.mark(notices, "notices");
        attribution.setWrapText(true);
        attribution.maxWidthProperty().bind(widthProperty().multiply(0.5));
        attribution.setMouseTransparent(true);
        notices.getStyleClass().add("map-notice");
        notices.setMouseTransparent(true);
        notices.setWrapText(true);
        notices.textProperty()
                .bind(UiText.of(
                        language,
                        m -> String.join(
                                "\n",
                                noticeList.get().stream().map(n -> n.in(m)).toList()),
                        noticeList));
        getChildren().addAll(map.node(), controls, cornerBottomLeft, attribution, notices);
        place(controls, Pos.TOP_LEFT);
        place(cornerBottomLeft, Pos.BOTTOM_LEFT);
        place(attribution, Pos.BOTTOM_RIGHT);
        place(notices, Pos.TOP_CENTER);
        setNotices(List.of());
        state.mapRequests().subscribe(request -> {
            if (request instanceof MapRequest.Focus f) flyTo(state, f.subjectId());
            else if (request instanceof MapRequest.Show v) map.flyTo(v.view());
        });
        setMinSize(0, 0);
    }

    private static void place(Node n, Pos pos) {
        StackPane.setAlignment(n, pos);
        StackPane.setMargin(n, new Insets(10));
    }

    /** Flies to the subject's framing (see {@link Framing}), fitted to the map as it is now. */
    private void flyTo(AtlasState state, String id) {
        state.atlas().subject(id).ifPresent(subject -> {
            map.flyTo(Framing.of(state.atlas(), subject, map.width(), map.height()));
        });
    }

    /** The bounds of the visible overlays in the map's own coordinates, for the label placer. */
    private List<double[]> overlayBoxes(List<Node> overlays) {
        List<double[]> boxes = new ArrayList<>();
        for (Node n : overlays) {
            if (!n.isVisible()) continue;
            Bounds b = map.node().sceneToLocal(n.localToScene(n.getLayoutBounds()));
            if (b != null) boxes.add(new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()});
        }
        return boxes;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void setView(Viewport v) {
        map.setView(v.lat(), v.lon(), v.zoom());
    }

    @Override
    public Viewport view() {
        return new Viewport(
                map.centerLatProperty().get(), map.centerLonProperty().get(), map.zoom());
    }

    @Override
    public double mapWidth() {
        return map.width();
    }

    @Override
    public double mapHeight() {
        return map.height();
    }

    public AtlasMap map() {
        return map;
    }

    /** Shows each of the legend, scale bar and attribution on its own (image export switches them one by one). */
    @Override
    public void setDecorations(boolean showLegend, boolean showScaleBar, boolean showAttribution) {
        cornerBottomLeft
                .getChildren()
                .setAll(Stream.of(showLegend ? legend : null, showScaleBar ? scaleBar : null)
                        .filter(Objects::nonNull)
                        .toList());
        cornerBottomLeft.setVisible(showLegend || showScaleBar);
        attribution.setVisible(showAttribution);
    }

    /** Adds a decoration over a corner of the map (north arrow, year); place labels keep off it. */
    @Override
    public void addOverlay(Node node, Pos corner) {
        node.setMouseTransparent(true);
        getChildren().add(node);
        place(node, corner);
        reserve(node);
    }

    private void reserve(Node n) {
        reserved.add(n);
        n.boundsInParentProperty().addListener((o, a, b) -> places.relayout());
    }

    /** Interactive controls are for the window, not for images. */
    @Override
    public void setInteractive(boolean interactive) {
        legend.setInteractive(interactive);
        controls.setVisible(interactive);
        controls.setManaged(interactive);
    }

    /**
     * Has the painter draw the basemap in one piece underneath instead of tiles: how exports get a
     * seamless basemap at any zoom and scale, vector in SVG and PDF. The window shows nothing there.
     */
    @Override
    public void paintBasemapWith(NodePainter painter) {
        if (backdrop == null) {
            backdrop = Layers.mark(new Region(), "basemap");
            backdrop.setManaged(false);
            backdrop.setMouseTransparent(true);
            getChildren().add(0, backdrop);
            map.hideTiles();
        }
        Layers.paintWith(backdrop, painter);
        backdrop.resizeRelocate(map.node().getLayoutX(), map.node().getLayoutY(), map.width(), map.height());
    }

    /** Messages about the basemap (a missing layer, …), in the map's language; hidden when there are none. */
    public void setNotices(List<Message> messages) {
        noticeList.set(List.copyOf(messages));
        notices.setVisible(!messages.isEmpty());
    }
}
