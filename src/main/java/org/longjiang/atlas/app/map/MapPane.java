package org.longjiang.atlas.app.map;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.state.MapRequest;
import org.longjiang.atlas.app.ui.MapSurface;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;

/**
 * The map with its overlays (links, places, controls, legend, scale bar, attribution, notices).
 * The window and the headless export build the same pane, so an export is what the window shows.
 */
public final class MapPane extends StackPane implements MapSurface {
    private final AtlasMap map = new AtlasMap();
    private final VBox cornerBottomLeft = new VBox(6);
    private final Label attribution = new Label(Messages.get("map.attribution"));
    private final Label notices = new Label();
    private final MapControls controls;
    private final Legend legend;
    private javafx.scene.image.ImageView backdrop;
    private final ScaleBar scaleBar;
    private final PlaceLayer places;
    /** Overlays that labels keep off. */
    private final List<javafx.scene.Node> reserved = new java.util.ArrayList<>();

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
        controls = new MapControls(map);
        this.places = places;
        places.setReserved(() -> overlayBoxes(reserved));
        for (javafx.scene.Node n : List.of(cornerBottomLeft, attribution, controls)) reserve(n);
        legend = new Legend(state, places, links);
        scaleBar = new ScaleBar(map);
        cornerBottomLeft.getChildren().addAll(legend, scaleBar);
        cornerBottomLeft.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        cornerBottomLeft.setPickOnBounds(false);
        attribution.getStyleClass().add("map-attribution");
        attribution.setWrapText(true);
        attribution.maxWidthProperty().bind(widthProperty().multiply(0.5));
        attribution.setMouseTransparent(true);
        notices.getStyleClass().add("map-notice");
        notices.setMouseTransparent(true);
        notices.setWrapText(true);
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

    private static void place(javafx.scene.Node n, Pos pos) {
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
    private List<double[]> overlayBoxes(List<javafx.scene.Node> overlays) {
        List<double[]> boxes = new java.util.ArrayList<>();
        for (javafx.scene.Node n : overlays) {
            if (!n.isVisible()) continue;
            javafx.geometry.Bounds b = map.node().sceneToLocal(n.localToScene(n.getLayoutBounds()));
            if (b != null) boxes.add(new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()});
        }
        return boxes;
    }

    @Override
    public javafx.scene.Node node() {
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
                .setAll(java.util.stream.Stream.of(showLegend ? legend : null, showScaleBar ? scaleBar : null)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        cornerBottomLeft.setVisible(showLegend || showScaleBar);
        attribution.setVisible(showAttribution);
    }

    /** Adds a decoration over a corner of the map (north arrow, year); place labels keep off it. */
    @Override
    public void addOverlay(javafx.scene.Node node, Pos corner) {
        node.setMouseTransparent(true);
        getChildren().add(node);
        place(node, corner);
        reserve(node);
    }

    private void reserve(javafx.scene.Node n) {
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
     * Shows the basemap as one image drawn underneath instead of tiles: how exports get a seamless
     * basemap at any zoom and pixel scale.
     */
    @Override
    public void setBasemapImage(javafx.scene.image.Image image) {
        if (backdrop == null) {
            backdrop = new javafx.scene.image.ImageView();
            backdrop.setManaged(false);
            backdrop.setMouseTransparent(true);
            getChildren().add(0, backdrop);
            map.hideTiles();
        }
        backdrop.setImage(image);
        backdrop.setFitWidth(map.width());
        backdrop.setFitHeight(map.height());
        backdrop.relocate(map.node().getLayoutX(), map.node().getLayoutY());
    }

    /** Messages about the basemap (a missing layer, …); hidden when there are none. */
    public void setNotices(List<String> messages) {
        notices.setText(String.join("\n", messages));
        notices.setVisible(!messages.isEmpty());
    }
}
