package org.longjiang.atlas.app.map;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.geo.WebMercator;

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ km) for the latitude at the centre of the view. */
public final class ScaleBar extends VBox {
    static final double MAX_WIDTH_PX = 140;
    private final Region bar = new Region();
    private final Label text = new Label();
    /** The length the bar stands for; its label is written in the map's language. */
    private final DoubleProperty km = new SimpleDoubleProperty();

    public ScaleBar(AtlasMap map, ObservableValue<String> language) {
        getStyleClass().add("scale-bar");
        bar.getStyleClass().add("scale-bar-line");
        text.getStyleClass().add("scale-bar-text");
        getChildren().addAll(text, bar);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Runnable update = () -> update(map.centerLatProperty().get(), map.zoom());
        map.zoomProperty().addListener(o -> update.run());
        map.centerLatProperty().addListener(o -> update.run());
        update.run();
        text.textProperty().bind(UiText.of(language, m -> m.get("map.scale.km", m.number(km.get(), 3)), km));
    }

    private void update(double lat, double zoom) {
        double length = niceLengthKm(lat, zoom);
        double px = length * 1000 / WebMercator.metresPerPixel(lat, zoom);
        bar.setPrefWidth(px);
        bar.setMinWidth(px);
        bar.setMaxWidth(px);
        km.set(length);
    }

    /** The longest round length whose bar fits in {@link #MAX_WIDTH_PX}. */
    static double niceLengthKm(double lat, double zoom) {
        double maxKm = MAX_WIDTH_PX * WebMercator.metresPerPixel(lat, zoom) / 1000;
        double pow = Math.pow(10, Math.floor(Math.log10(maxKm)));
        for (double f : new double[] {5, 2, 1}) {
            if (f * pow <= maxKm) return f * pow;
        }
        return pow;
    }
}
