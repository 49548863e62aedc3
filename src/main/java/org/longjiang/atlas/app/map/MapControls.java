package org.longjiang.atlas.app.map;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.longjiang.atlas.app.ui.UiText;

/** The zoom-in, zoom-out and home buttons in the map corner. */
public final class MapControls extends VBox {

    public MapControls(AtlasMap map, ObservableValue<String> language) {
        getStyleClass().add("map-controls");
        getChildren()
                .addAll(
                        button("+", language, "map.zoomIn", "zoom-in", () -> map.zoomBy(1)),
                        button("−", language, "map.zoomOut", "zoom-out", () -> map.zoomBy(-1)),
                        home(language, map));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /**
     * The home button shows a drawn house: the "⌂" character is missing from the bundled font, so
     * an exported window showed an empty box where the live window borrowed a system font's glyph.
     */
    private static Button home(ObservableValue<String> language, AtlasMap map) {
        Button b = button("", language, "map.home", "home", map::home);
        SVGPath house = new SVGPath();
        house.setContent("M1 8 L8 1 L15 8 M3.5 6 V14 H12.5 V6 M6.5 14 V10 H9.5 V14");
        house.getStyleClass().add("map-control-icon");
        b.setGraphic(house);
        return b;
    }

    private static Button button(
            String glyph, ObservableValue<String> language, String tooltipKey, String id, Runnable action) {
        Button b = new Button(glyph);
        b.setId("map-" + id);
        b.getStyleClass().add("map-control");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(UiText.of(language, tooltipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(tip.textProperty());
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
