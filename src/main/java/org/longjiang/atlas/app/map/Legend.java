package org.longjiang.atlas.app.map;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Line;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.core.model.LinkKind;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PlaceKind;

/** A key to the symbols and line styles of the kinds shown; built with the same styles as the map. */
public final class Legend extends GridPane {

    public Legend(Collection<Place> places, Collection<LinkKind> linkKinds) {
        getStyleClass().add("legend");
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Set<PlaceKind> placeKinds = EnumSet.noneOf(PlaceKind.class);
        places.stream().map(Place::kind).filter(PlaceSymbols::drawn).forEach(placeKinds::add);
        int row = 0;
        for (PlaceKind k : placeKinds) {
            Place sample = places.stream().filter(p -> p.kind() == k).findFirst().orElseThrow();
            var symbol = PlaceSymbols.create(sample);
            symbol.getStyleClass().removeIf(c -> c.startsWith("status-") || c.startsWith("precision-"));
            addEntry(row++, symbol, Messages.get("kind." + k.id()));
        }
        for (LinkKind k : EnumSet.copyOf(linkKinds.isEmpty() ? EnumSet.noneOf(LinkKind.class) : linkKinds)) {
            Line line = new Line(0, 0, 26, 0);
            line.getStyleClass().addAll("link-line", "kind-" + k.id());
            addEntry(row++, line, Messages.get("kind." + k.id()));
        }
    }

    private void addEntry(int row, Node swatch, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-text");
        add(swatch, 0, row);
        add(label, 1, row);
        GridPane.setHalignment(swatch, javafx.geometry.HPos.CENTER);
    }
}
