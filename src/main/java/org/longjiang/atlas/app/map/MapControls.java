package org.longjiang.atlas.app.map;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.ui.UiText;

/** The zoom-in, zoom-out and home buttons in the map corner. */
public final class MapControls extends VBox {

    public MapControls(AtlasMap map, ObservableValue<String> language) {
        getStyleClass().add("map-controls");
        getChildren()
                .addAll(
                        button("+", language, "map.zoomIn", "zoom-in", () -> map.zoomBy(1)),
                        button("−", language, "map.zoomOut", "zoom-out", () -> map.zoomBy(-1)),
                        button("⌂", language, "map.home", "home", map::home));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
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
