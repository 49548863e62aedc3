package org.longjiang.atlas.app.map;

import javafx.scene.input.KeyEvent;

/** Keyboard control of the map: arrows pan, + and − zoom, Home returns to Heilongjiang. */
final class MapKeys {
    private final AtlasMap map;

    MapKeys(AtlasMap map) {
        this.map = map;
    }

    void handle(KeyEvent e) {
        double step = AtlasMap.PAN_STEP_PX * (e.isShiftDown() ? 3 : 1);
        switch (e.getCode()) {
            case LEFT -> map.pan(-step, 0);
            case RIGHT -> map.pan(step, 0);
            case UP -> map.pan(0, -step);
            case DOWN -> map.pan(0, step);
            case PLUS, EQUALS, ADD -> map.zoomBy(1);
            case MINUS, SUBTRACT -> map.zoomBy(-1);
            case HOME -> map.home();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
