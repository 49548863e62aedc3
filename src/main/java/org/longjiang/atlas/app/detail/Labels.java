package org.longjiang.atlas.app.detail;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Wrapping labels for the narrow dossier panel: they grow in height instead of being cut with an ellipsis. */
final class Labels {
    private Labels() {}

    static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
