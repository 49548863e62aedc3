package org.longjiang.atlas.app.map;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.LinkKind;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PlaceKind;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.query.Change;

/**
 * A key to the kinds on screen, drawn with the map's own styles. In the window each entry is a
 * switch for its layer (switched-off kinds stay listed, greyed); in an image it lists only what is drawn.
 */
public final class Legend extends GridPane {
    private static final String DATE_UNKNOWN = "date-unknown";

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
        places.marksInView().addListener(rebuild);
        links.marksInView().addListener(rebuild);
        state.hiddenKinds().addListener(rebuild);
        state.yearProperty().addListener((o, a, b) -> rebuild());
        state.compareFromProperty().addListener((o, a, b) -> rebuild());
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
            symbol.getStyleClass()
                    .removeIf(c -> c.startsWith("status-")
                            || c.startsWith("precision-")
                            || c.startsWith("change-")
                            || c.equals(DATE_UNKNOWN));
            addEntry(row++, symbol, k.id());
        }
        for (LinkKind k : LinkKind.values()) {
            if (!links.kindsInView().contains(k.id()) || !show(k.id())) continue;
            Line line = new Line(0, 0, 26, 0);
            line.getStyleClass().addAll("link-line", "kind-" + k.id());
            addEntry(row++, line, k.id());
        }
        row = addMarks(row);
        setVisible(row > 0);
    }

    /** The statuses drawn (when any is not "operating"), "date unknown", and the changes since the compared year. */
    private int addMarks(int row) {
        Set<String> marks = new HashSet<>(places.marksInView());
        marks.addAll(links.marksInView());
        Integer year = state.yearProperty().get();
        if (marks.stream().anyMatch(m -> !m.equals("status-" + Status.OPERATING.id()))) {
            add(
                    heading(year == null ? Messages.get("legend.statusToday") : Messages.get("legend.statusIn", year)),
                    0,
                    row++,
                    2,
                    1);
            for (Status st : List.of(Status.OPERATING, Status.UNDER_CONSTRUCTION, Status.PROPOSED, Status.SUSPENDED)) {
                if (marks.contains("status-" + st.id()))
                    addMark(row++, "status-" + st.id(), Messages.get("status." + st.id()));
            }
            if (marks.contains(DATE_UNKNOWN)) addMark(row++, DATE_UNKNOWN, Messages.get("legend.dateUnknown"));
        }
        Integer from = state.compareFromProperty().get();
        if (from != null && marks.stream().anyMatch(m -> m.startsWith("change-"))) {
            add(heading(Messages.get("legend.since", from)), 0, row++, 2, 1);
            for (Change.Kind k : Change.Kind.values()) {
                if (marks.contains("change-" + k.id()))
                    addMark(row++, "change-" + k.id(), Messages.get("change." + k.id()));
            }
        }
        return row;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-heading");
        return l;
    }

    /** A status or change drawn on a neutral symbol and line, so it reads apart from the kinds' colours. */
    private void addMark(int row, String mark, String text) {
        Circle dot = new Circle(4.5);
        dot.getStyleClass().addAll("place-symbol", "legend-status-dot", mark);
        Line line = new Line(0, 0, 20, 0);
        line.getStyleClass().addAll("link-line", "legend-status-line", mark);
        if (mark.startsWith("change-")) dot.getStyleClass().add("status-operating");
        HBox swatch = new HBox(4, dot, line);
        swatch.setAlignment(Pos.CENTER_LEFT);
        swatch.setMouseTransparent(true);
        Label label = new Label(text);
        label.setId("legend-" + mark);
        label.getStyleClass().add("legend-text");
        add(swatch, 0, row);
        add(label, 1, row);
    }

    private boolean show(String kind) {
        return interactive || !state.hiddenKinds().contains(kind);
    }

    private void addEntry(int row, Node swatch, String kind) {
        Label label = new Label(Messages.get("kind." + kind));
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
            label.setAccessibleText(Messages.get(hidden ? "legend.show" : "legend.hide", Messages.get("kind." + kind)));
        }
        add(swatch, 0, row);
        add(label, 1, row);
        GridPane.setHalignment(swatch, javafx.geometry.HPos.CENTER);
    }
}
