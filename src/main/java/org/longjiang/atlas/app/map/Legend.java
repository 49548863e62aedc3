package org.longjiang.atlas.app.map;

import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Line;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.LinkKind;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PlaceKind;

/**
 * A key to the kinds on screen, drawn with the map's own styles. In the window each entry is a
 * switch for its layer (switched-off kinds stay listed, greyed); in an image it lists only what is drawn.
 */
public final class Legend extends GridPane {
    private final AtlasState state;
    private final PlaceLayer places;
    private final LinkLayer links;
    private boolean interactive = true;

    Legend(AtlasState state, PlaceLayer places, LinkLayer links) {
        this.state = state;
        this.places = places;
        this.links = links;
        setId("legend");
        getStyleClass().add("legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        SetChangeListener<String> rebuild = c -> rebuild();
        places.kindsInView().addListener(rebuild);
        links.kindsInView().addListener(rebuild);
        state.hiddenKinds().addListener(rebuild);
        state.languageProperty().addListener((o, was, is) -> rebuild());
        rebuild();
    }

    /** Images get a plain key of what is drawn; the window gets switches. */
    void setInteractive(boolean interactive) {
        this.interactive = interactive;
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        int row = 0;
        for (PlaceKind k : PlaceKind.values()) {
            if (!PlaceSymbols.drawn(k) || !places.kindsInView().contains(k.id()) || !show(k.id())) continue;
            Place sample = state.atlas().places().stream()
                    .filter(p -> p.kind() == k)
                    .findFirst()
                    .orElseThrow();
            var symbol = PlaceSymbols.create(sample);
            symbol.getStyleClass().removeIf(c -> c.startsWith("status-") || c.startsWith("precision-"));
            addEntry(row++, symbol, k.id());
        }
        for (LinkKind k : LinkKind.values()) {
            if (!links.kindsInView().contains(k.id()) || !show(k.id())) continue;
            Line line = new Line(0, 0, 26, 0);
            line.getStyleClass().addAll("link-line", "kind-" + k.id());
            addEntry(row++, line, k.id());
        }
        setVisible(row > 0);
    }

    private boolean show(String kind) {
        return interactive || !state.hiddenKinds().contains(kind);
    }

    private void addEntry(int row, Node swatch, String kind) {
        Messages m = Messages.of(state.languageProperty().get());
        Label label = new Label(m.get("kind." + kind));
        label.getStyleClass().add("legend-text");
        boolean hidden = state.hiddenKinds().contains(kind);
        swatch.setMouseTransparent(true);
        if (interactive) {
            label.setId("legend-" + kind);
            label.getStyleClass().add("legend-toggle");
            label.setOnMouseClicked(e -> state.setKindVisible(kind, hidden));
            if (hidden) {
                label.getStyleClass().add("legend-off");
                swatch.setOpacity(0.25);
            }
            label.setAccessibleText(m.get(hidden ? "legend.show" : "legend.hide", m.get("kind." + kind)));
        }
        add(swatch, 0, row);
        add(label, 1, row);
        GridPane.setHalignment(swatch, javafx.geometry.HPos.CENTER);
    }
}
