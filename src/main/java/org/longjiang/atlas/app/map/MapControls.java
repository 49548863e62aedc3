package org.longjiang.atlas.app.map;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.core.i18n.Messages;

/** The zoom-in, zoom-out and home buttons in the map corner. */
public final class MapControls extends VBox {

    public MapControls(AtlasMap map) {
        getStyleClass().add("map-controls");
        getChildren()
                .addAll(
                        button("+", "map.zoomIn", "zoom-in", () -> map.zoomBy(1)),
                        button("−", "map.zoomOut", "zoom-out", () -> map.zoomBy(-1)),
                        button("⌂", "map.home", "home", map::home));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    private static Button button(String glyph, String tooltipKey, String id, Runnable action) {
        Button b = new Button(glyph);
        b.setId("map-" + id);
        b.getStyleClass().add("map-control");
        b.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        b.setAccessibleText(Messages.get(tooltipKey));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
