package org.longjiang.atlas.app.export;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * A small north arrow: an "N" over a split arrowhead. The map is north-up Web Mercator, so the
 * arrow always points straight up; it is drawn as shapes, so it stays sharp at every scale.
 */
final class NorthArrow extends VBox {

    NorthArrow(Messages m) {
        setId("export-north-arrow");
        getStyleClass().add("north-arrow");
        Label n = new Label(m.get("export.north"));
        n.getStyleClass().add("north-arrow-letter");
        // Two halves of one arrowhead: the dark one on the left, the light one on the right.
        Polygon left = new Polygon(9, 0, 0, 26, 9, 20);
        left.getStyleClass().addAll("north-arrow-half", "north-arrow-dark");
        Polygon right = new Polygon(9, 0, 18, 26, 9, 20);
        right.getStyleClass().addAll("north-arrow-half", "north-arrow-light");
        Group head = new Group(right, left);
        getChildren().addAll(n, head);
        setAlignment(Pos.TOP_CENTER);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }
}
