package org.longjiang.atlas.app.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.LabelledChoice;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.export.CitationFormatter;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.MappedStatistics;

/**
 * The time bar under the map: a year slider (with "today" for the network as it stands), play
 * and pause at a chosen speed, step buttons, policy ticks along the track, and the latest
 * policies in force in the chosen year. Slider and state drive each other.
 */
public final class TimelineBar extends VBox {
    private static final int SHOWN_EVENTS = 4;
    /** The list of changes scrolls beyond this height, so the map keeps its room. */
    private static final double CHANGES_HEIGHT = 96;

    private final AtlasState state;
    private final TimelineViewModel model;
    private final Slider slider;
    private final ToggleButton today = new ToggleButton();
    private final Button play = new Button();
    private final ChoiceBox<Double> speed;
    private final Label yearLabel = new Label();
    private final FlowPane inForce = new FlowPane(6, 2);
    private final YearScale scale;
    private final EventTicks ticks;
    private final ToggleButton compare = new ToggleButton();
    private final Spinner<Integer> fromYear;
    private final VBox changes = new VBox(1);
    private final ScrollPane changesScroll = new ScrollPane(changes);
    private boolean updating;

    public TimelineBar(AtlasState state) {
        this(state, PlayClock.animation());
    }

    public TimelineBar(AtlasState state, PlayClock clock) {
        this.state = state;
        this.model = new TimelineViewModel(state, clock);
        this.fromYear = new Spinner<>(model.firstYear(), model.lastYear(), model.defaultFrom());
        setId("timeline-bar");
        getStyleClass().add("timeline-bar");
        getStylesheets().add(TimelineBar.class.getResource("/css/timeline.css").toExternalForm());
        // The slider runs over track positions (0–1), not years: the scale gives the busy years more room.
        scale = model.scale();
        slider = new Slider(0, 1, 1);
        slider.setId("year-slider");
        slider.accessibleTextProperty().bind(UiText.of(state.languageProperty(), "timeline.slider"));
        // Arrow keys step one year, wherever on the (uneven) track the thumb is.
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int delta = switch (e.getCode()) {
                case LEFT, DOWN -> -1;
                case RIGHT, UP -> 1;
                default -> 0;
            };
            if (delta != 0) {
                stepBy(delta);
                e.consume();
            }
        });
        var language = state.languageProperty();
        HBox.setHgrow(slider, Priority.ALWAYS);
        today.setId("year-today");
        today.setSelected(state.yearProperty().get() == null);
        today.textProperty().bind(UiText.of(language, "timeline.today"));
        today.setTooltip(tooltip(UiText.of(language, "timeline.todayTip")));
        play.setId("year-play");
        Button back = step("year-back", "\u25c0", -1);
        Button forward = step("year-forward", "\u25b6", 1);
        speed = LabelledChoice.of(
                "year-speed", List.of(0.5, 1.0, 2.0, 4.0), 1.0, d -> messages().get("timeline.speed", d), language);
        yearLabel.setId("year-label");
        yearLabel.getStyleClass().add("timeline-year");
        ticks = new EventTicks(model, slider, scale, language);
        StackPane track = new StackPane(slider, ticks);
        HBox.setHgrow(track, Priority.ALWAYS);
        HBox row = new HBox(8, yearLabel, today, back, play, forward, speed, sizeBy(), compareControls(), track);
        row.setAlignment(Pos.CENTER_LEFT);
        inForce.setId("timeline-in-force");
        inForce.getStyleClass().add("timeline-in-force");
        changes.setId("timeline-changes");
        changes.getStyleClass().add("timeline-changes");
        changesScroll.setFitToWidth(true);
        changesScroll.setMaxHeight(CHANGES_HEIGHT);
        changesScroll.setPrefViewportHeight(CHANGES_HEIGHT);
        changesScroll.getStyleClass().add("timeline-changes-scroll");
        getChildren().addAll(row, inForce, changesScroll);

        slider.valueProperty().addListener((o, a, b) -> {
            if (updating) return;
            int y = scale.year(b.doubleValue());
            if (y != currentYear() || state.yearProperty().get() == null) state.setYear(y);
        });
        // Let go of the thumb: it snaps to the year it stands for.
        slider.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) show();
        });
        today.selectedProperty().addListener((o, a, b) -> {
            if (updating) return;
            if (b) {
                stop();
                state.setYear(null);
            } else {
                state.setYear(scale.year(slider.getValue()));
            }
        });
        play.setOnAction(e -> model.togglePlay());
        model.rateProperty().bind(speed.valueProperty());
        play.textProperty()
                .bind(UiText.of(
                        language,
                        m -> m.get(model.playingProperty().get() ? "timeline.pause" : "timeline.play"),
                        model.playingProperty()));
        state.yearProperty().addListener((o, a, b) -> show());
        state.languageProperty().addListener((o, a, b) -> show());
        state.compareFromProperty().addListener((o, a, b) -> show());
        show();
    }

    /** "Compare with [year]": the map highlights what is new, changed or stopped since, and the changes are listed. */
    private HBox compareControls() {
        compare.setId("compare-toggle");
        var language = state.languageProperty();
        compare.textProperty().bind(UiText.of(language, "timeline.compare"));
        compare.setTooltip(tooltip(UiText.of(language, "timeline.compareTip")));
        fromYear.setId("compare-from");
        fromYear.setEditable(true);
        fromYear.setPrefWidth(80);
        fromYear.accessibleTextProperty().bind(UiText.of(language, "timeline.compareYear"));
        fromYear.getValueFactory().setValue(model.defaultFrom());
        fromYear.setDisable(true);
        compare.selectedProperty().addListener((o, was, on) -> {
            fromYear.setDisable(!on);
            if (on && fromYear.getValue() >= model.shownYear())
                fromYear.getValueFactory().setValue(model.defaultFrom());
            state.setCompareFrom(on ? fromYear.getValue() : null);
        });
        fromYear.valueProperty().addListener((o, was, y) -> {
            if (compare.isSelected()) state.setCompareFrom(y);
        });
        HBox box = new HBox(4, compare, fromYear);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The list of changes between the compared year and the year shown, each line leading to its record. */
    private void showChanges() {
        Integer from = state.compareFromProperty().get();
        changes.getChildren().clear();
        changesScroll.setVisible(from != null);
        changesScroll.setManaged(from != null);
        ticks.setFrom(from);
        if (from == null) return;
        int to = model.shownYear();
        Messages m = messages();
        if (from >= to) {
            changes.getChildren().add(new Label(m.get("timeline.compareEarlier")));
            return;
        }
        List<TimelineViewModel.ChangeLine> lines =
                model.changes(state.languageProperty().get());
        changes.getChildren()
                .add(new Label(
                        lines.isEmpty()
                                ? m.get("timeline.noChanges", m.year(from), m.year(to))
                                : m.get("timeline.changes", m.year(from), m.year(to), lines.size())));
        for (TimelineViewModel.ChangeLine line : lines) {
            Hyperlink h = new Hyperlink(line.text());
            h.setId("change-" + line.id());
            h.getStyleClass().addAll("timeline-change", "change-" + line.kind());
            h.setWrapText(true);
            h.setOnAction(a -> state.focus(line.id()));
            changes.getChildren().add(h);
        }
    }

    /** "Size places by": a printed column giving one value per partner place a year (trade, tourists), or none. */
    private ChoiceBox<String> sizeBy() {
        var stats = MappedStatistics.of(state.atlas(), Atlas.PROVINCE_ID);
        Map<String, MappedStatistics.Statistic> byId = new LinkedHashMap<>();
        byId.put("", null);
        stats.forEach(st -> byId.put(st.id(), st));
        var language = state.languageProperty();
        ChoiceBox<String> box = LabelledChoice.of(
                "size-by",
                List.copyOf(byId.keySet()),
                "",
                id -> byId.get(id) == null
                        ? messages().get("timeline.sizeNone")
                        : sizeByName(byId.get(id).first()),
                language);
        // The column names are long; the slider keeps the room.
        box.setPrefWidth(230);
        box.setMaxWidth(230);
        box.setTooltip(tooltip(UiText.of(language, "timeline.sizeTip")));
        box.valueProperty().addListener((o, a, b) -> state.setMappedStatistic(b == null || b.isEmpty() ? null : b));
        return box;
    }

    private Messages messages() {
        return Messages.of(state.languageProperty().get());
    }

    /** "Size by: inbound tourists to Heilongjiang from … (Table 11, persons)": a column, in the bar's language. */
    private String sizeByName(Series s) {
        Messages m = messages();
        return m.get(
                "timeline.sizeBy",
                measureName(s, m),
                CitationFormatter.locator(s.source(), m, state.atlas().glossary()),
                m.text(state.atlas().glossary().unit(s.unit())));
    }

    /**
     * "Inbound tourists to Heilongjiang from Japan" → "… from …": the column, its partner's name left
     * out in any language (the name is the one the data gives the partner place in that language).
     */
    private String measureName(Series s, Messages m) {
        String title = m.text(s.title());
        for (String partner : s.subjects()) {
            if (partner.equals(Atlas.PROVINCE_ID)) continue;
            String name =
                    state.atlas().place(partner).map(p -> m.text(p.names())).orElse(partner);
            title = title.replace(name, m.get("timeline.partner"));
        }
        return title;
    }

    private static Tooltip tooltip(ObservableValue<String> text) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text);
        return t;
    }

    private Button step(String id, String text, int delta) {
        Button b = new Button(text);
        b.setId(id);
        b.accessibleTextProperty()
                .bind(UiText.of(state.languageProperty(), delta < 0 ? "timeline.previous" : "timeline.next"));
        b.setOnAction(e -> stepBy(delta));
        return b;
    }

    private void stepBy(int delta) {
        state.setYear(Math.max(scale.first(), Math.min(model.lastYear(), currentYear() + delta)));
    }

    private int currentYear() {
        Integer y = state.yearProperty().get();
        return y == null ? model.lastYear() : y;
    }

    private void stop() {
        model.pause();
    }

    /** The bar's view-model (play state and speed; tests and presentation mode read it). */
    public TimelineViewModel viewModel() {
        return model;
    }

    /** Where a year sits on the track, 0 at the left end and 1 at the right (the slider's value for it). */
    public double positionOf(int year) {
        return scale.position(year);
    }

    /** The year a place on the track stands for. */
    public int yearAt(double position) {
        return scale.year(position);
    }

    private void show() {
        updating = true;
        Integer y = state.yearProperty().get();
        today.setSelected(y == null);
        if (!slider.isValueChanging()) slider.setValue(scale.position(y == null ? model.lastYear() : y));
        Messages m = messages();
        yearLabel.setText(y == null ? m.get("timeline.todayLabel") : m.year(y));
        updating = false;
        inForce.getChildren().clear();
        List<PolicyEvent> events = model.inForce(y == null ? model.lastYear() : y, SHOWN_EVENTS);
        inForce.getChildren()
                .add(new Label(m.get(y == null ? "timeline.latest" : "timeline.inForce", y == null ? 0 : y)));
        for (PolicyEvent e : events) {
            Hyperlink h = new Hyperlink(m.get("timeline.event", m.date(e.date()), m.text(e.title())));
            h.setId("in-force-" + e.id());
            h.getStyleClass().addAll("timeline-event", "event-" + e.kind().id());
            if (y != null && e.date().year() == y) h.getStyleClass().add("this-year");
            h.setTooltip(new Tooltip(
                    m.get("timeline.eventTip", m.get("event." + e.kind().id()), m.text(e.title()))));
            h.setOnAction(a -> model.open(e));
            inForce.getChildren().add(h);
        }
        showChanges();
    }
}
