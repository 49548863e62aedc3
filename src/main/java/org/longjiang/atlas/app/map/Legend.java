package org.longjiang.atlas.app.map;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
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
    /** The width the status and change marks wrap at: about two short entries a line. */
    private static final double MARKS_WIDTH = 200;

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
        places.kindsInView().addListener((o, was, is) -> rebuild());
        links.kindsInView().addListener((o, was, is) -> rebuild());
        places.marksInView().addListener((o, was, is) -> rebuild());
        links.marksInView().addListener((o, was, is) -> rebuild());
        state.hiddenKinds().addListener((SetChangeListener<String>) c -> rebuild());
        state.yearProperty().addListener((o, a, b) -> rebuild());
        state.compareFromProperty().addListener((o, a, b) -> rebuild());
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
            if (!PlaceSymbols.drawn(k) || !places.kindsInView().get().contains(k.id()) || !show(k.id())) continue;
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
            if (!links.kindsInView().get().contains(k.id()) || !show(k.id())) continue;
            Line line = new Line(0, 0, 26, 0);
            line.getStyleClass().addAll("link-line", "kind-" + k.id());
            addEntry(row++, line, k.id());
        }
        row = addMarks(row);
        setVisible(row > 0);
    }

    /** The statuses drawn (when any is not "operating"), "date unknown", and the changes since the compared year. */
    private int addMarks(int row) {
        Set<String> marks = new HashSet<>(places.marksInView().get());
        marks.addAll(links.marksInView().get());
        Integer year = state.yearProperty().get();
        Messages m = Messages.of(state.languageProperty().get());
        if (marks.stream().anyMatch(k -> !k.equals("status-" + Status.OPERATING.id()))) {
            add(
                    heading(year == null ? m.get("legend.statusToday") : m.get("legend.statusIn", m.year(year))),
                    0,
                    row++,
                    2,
                    1);
            FlowPane statuses = marks();
            for (Status st : List.of(Status.OPERATING, Status.UNDER_CONSTRUCTION, Status.PROPOSED, Status.SUSPENDED)) {
                if (marks.contains("status-" + st.id()))
                    statuses.getChildren().add(mark("status-" + st.id(), m.get("status." + st.id())));
            }
            if (marks.contains(DATE_UNKNOWN))
                statuses.getChildren().add(mark(DATE_UNKNOWN, m.get("legend.dateUnknown")));
            add(statuses, 0, row++, 2, 1);
        }
        Integer from = state.compareFromProperty().get();
        if (from != null && marks.stream().anyMatch(k -> k.startsWith("change-"))) {
            add(heading(m.get("legend.since", m.year(from))), 0, row++, 2, 1);
            FlowPane changes = marks();
            for (Change.Kind k : Change.Kind.values()) {
                if (marks.contains("change-" + k.id()))
                    changes.getChildren().add(mark("change-" + k.id(), m.get("change." + k.id())));
            }
            add(changes, 0, row++, 2, 1);
        }
        return row;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-heading");
        return l;
    }

    /** Status and change marks side by side where they fit, so the key stays short on a small image. */
    private static FlowPane marks() {
        FlowPane pane = new FlowPane(10, 2);
        pane.setPrefWrapLength(MARKS_WIDTH);
        return pane;
    }

    /** A status or change drawn on a neutral symbol and line, so it reads apart from the kinds' colours. */
    private static HBox mark(String mark, String text) {
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
        HBox entry = new HBox(4, swatch, label);
        entry.setAlignment(Pos.CENTER_LEFT);
        return entry;
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
        GridPane.setHalignment(swatch, HPos.CENTER);
    }
}
