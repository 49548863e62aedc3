package org.longjiang.atlas.app.detail;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/** Wrapping labels for the narrow dossier panel: they grow in height instead of being cut with an ellipsis. */
final class Labels {
    private Labels() {}

    /** The room a titled pane's title leaves for the arrow and padding. */
    private static final double TITLE_INDENT = 40;

    /**
     * Heads a titled pane with a wrapping label: its own title is as wide as its text and is cut
     * short in the narrow panel (a Chinese or Russian table title often is longer than the panel).
     */
    static void title(TitledPane pane, String text, String styleClass) {
        pane.setText(text);
        Label title = wrapped(text, styleClass);
        title.maxWidthProperty().bind(pane.widthProperty().subtract(TITLE_INDENT));
        pane.setGraphic(title);
        pane.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        pane.setMinWidth(0);
    }

    static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
