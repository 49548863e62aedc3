package org.longjiang.atlas.app.map;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.geo.Viewport;

/**
 * Our adapter over Gluon's {@link MapView}: zoom clamped to the atlas's range, keyboard and
 * wheel input, a home view, and fly-to that remembers where it landed.
 */
public final class AtlasMap {
    static final double PAN_STEP_PX = 120;

    private static final double WHEEL_NOTCH = 30;
    private static final long WHEEL_PAUSE_NS = 120_000_000L;

    /**
     * How long a fly-to takes; {@code -Datlas.flySeconds=0} jumps instead (reduced motion: a reader
     * who finds the movement tiring, or the tests, which would otherwise wait 0.8 s for each flight).
     */
    static final double FLY_SECONDS = Math.max(0, Double.parseDouble(System.getProperty("atlas.flySeconds", "0.8")));

    private final MapView view = new MapView();
    private final ReadOnlyBooleanWrapper flying = new ReadOnlyBooleanWrapper(this, "flying");
    private PauseTransition settle;
    private double wheel;
    private long lastWheelZoom;
    private final ViewportLayer viewport = new ViewportLayer();

    public AtlasMap() {
        view.addLayer(viewport);
        view.getStyleClass().add("atlas-map");
        view.setFocusTraversable(true);
        view.setMinSize(0, 0);
        view.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        view.addEventHandler(KeyEvent.KEY_PRESSED, new MapKeys(this)::handle);
        view.setOnMouseClicked(e -> view.requestFocus());
        setView(Framing.HOME);
    }

    public Node node() {
        return view;
    }

    /** Hides the tiles: the caller draws the basemap underneath in one piece (exports). */
    public void hideTiles() {
        viewport.hideTiles();
        view.getStyleClass().add("without-tiles");
    }

    public double width() {
        return view.getWidth();
    }

    public double height() {
        return view.getHeight();
    }

    public void addLayer(MapLayer layer) {
        view.addLayer(layer);
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoom();
    }

    public ReadOnlyDoubleProperty centerLatProperty() {
        return viewport.centerLat();
    }

    public ReadOnlyDoubleProperty centerLonProperty() {
        return viewport.centerLon();
    }

    public double zoom() {
        return viewport.zoom().get();
    }

    /** Centres the map and sets its zoom (clamped) at once. */
    public void setView(double lat, double lon, double zoom) {
        setZoomDirect(Framing.clampZoom(zoom));
        view.setCenter(lat, lon);
    }

    /**
     * MapView only applies a zoom that differs from the last one *set*; wheel and pivot zooms
     * move the real zoom without it, so nudge first to make sure the value takes.
     */
    private void setZoomDirect(double z) {
        if (view.getZoom() == z) view.setZoom(z + 1e-7);
        view.setZoom(z);
    }

    public void home() {
        setView(Framing.HOME);
    }

    public void setView(Viewport v) {
        setView(v.lat(), v.lon(), v.zoom());
    }

    /** Zooms about the centre of the view, within the atlas's range. */
    public void zoomBy(double delta) {
        zoomAround(delta, view.getWidth() / 2, view.getHeight() / 2);
    }

    private void zoomAround(double delta, double px, double py) {
        double target = Framing.clampZoom(Math.rint(zoom() + delta));
        if (Math.abs(target - zoom()) < 1e-9) return;
        viewport.zoomAround(target - zoom(), px, py);
        rememberCenter();
    }

    /** Moves the view by a number of screen pixels (positive = towards east / south). */
    public void pan(double dx, double dy) {
        viewport.move(dx, dy);
        rememberCenter();
    }

    /** Animates to the view, then records it so a resize does not snap back; {@link #flyingProperty()} is true meanwhile. */
    public void flyTo(Viewport target) {
        double z = Framing.clampZoom(target.zoom());
        if (Math.abs(z - zoom()) > 1e-6) {
            double lat0 = centerLatProperty().get(), lon0 = centerLonProperty().get();
            setZoomDirect(z);
            view.setCenter(lat0, lon0);
        }
        if (settle != null) settle.stop();
        if (FLY_SECONDS == 0) {
            view.setCenter(target.lat(), target.lon());
            flying.set(false);
            return;
        }
        flying.set(true);
        view.flyTo(0, new MapPoint(target.lat(), target.lon()), FLY_SECONDS);
        settle = new PauseTransition(Duration.seconds(FLY_SECONDS + 0.05));
        settle.setOnFinished(e -> {
            view.setCenter(target.lat(), target.lon());
            flying.set(false);
        });
        settle.play();
    }

    /** Whether a fly-to animation is under way (tests and tours wait for it to end). */
    public ReadOnlyBooleanProperty flyingProperty() {
        return flying.getReadOnlyProperty();
    }

    private void rememberCenter() {
        view.setCenter(centerLatProperty().get(), centerLonProperty().get());
    }

    /**
     * One wheel notch (or a trackpad swipe of the same length) is one whole zoom level: tiles
     * are then drawn 1:1, sharp and without seams.
     */
    private void onScroll(ScrollEvent e) {
        e.consume();
        wheel += e.getDeltaY();
        long now = System.nanoTime();
        if (Math.abs(wheel) < WHEEL_NOTCH || now - lastWheelZoom < WHEEL_PAUSE_NS) return;
        zoomAround(Math.signum(wheel), e.getX(), e.getY());
        wheel = 0;
        lastWheelZoom = now;
    }
}
