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
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
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

    private final AtlasState state;
    private final TimelineViewModel model;
    private final Slider slider;
    private final ToggleButton today = new ToggleButton();
    private final Button play = new Button();
    private final ChoiceBox<Double> speed;
    private final Label yearLabel = new Label();
    private final FlowPane inForce = new FlowPane(6, 2);
    private boolean updating;

    public TimelineBar(AtlasState state) {
        this(state, PlayClock.animation());
    }

    public TimelineBar(AtlasState state, PlayClock clock) {
        this.state = state;
        this.model = new TimelineViewModel(state, clock);
        setId("timeline-bar");
        getStyleClass().add("timeline-bar");
        getStylesheets().add(TimelineBar.class.getResource("/css/timeline.css").toExternalForm());
        // The track starts at the decade of the first date so the labels fall on round years.
        slider = new Slider(Math.floorDiv(model.firstYear(), 10) * 10, model.lastYear(), model.lastYear());
        slider.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double d) {
                return String.valueOf(Math.round(d));
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s);
            }
        });
        slider.setId("year-slider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(10);
        slider.setMinorTickCount(9);
        slider.setSnapToTicks(true);
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        var language = state.languageProperty();
        slider.accessibleTextProperty().bind(UiText.of(language, "timeline.slider"));
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
        StackPane track = new StackPane(slider, new EventTicks(model, slider, state.languageProperty()));
        HBox.setHgrow(track, Priority.ALWAYS);
        HBox row = new HBox(8, yearLabel, today, back, play, forward, speed, sizeBy(), track);
        row.setAlignment(Pos.CENTER_LEFT);
        inForce.setId("timeline-in-force");
        inForce.getStyleClass().add("timeline-in-force");
        getChildren().addAll(row, inForce);

        slider.valueProperty().addListener((o, a, b) -> {
            if (updating) return;
            int y = (int) Math.round(b.doubleValue());
            if (!slider.isValueChanging() || y != currentYear()) state.setYear(y);
        });
        today.selectedProperty().addListener((o, a, b) -> {
            if (updating) return;
            if (b) {
                stop();
                state.setYear(null);
            } else {
                state.setYear((int) Math.round(slider.getValue()));
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
        show();
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
        b.setOnAction(e -> {
            int y = currentYear() + delta;
            state.setYear(Math.max((int) slider.getMin(), Math.min(model.lastYear(), y)));
        });
        return b;
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

    private void show() {
        updating = true;
        Integer y = state.yearProperty().get();
        today.setSelected(y == null);
        slider.setValue(y == null ? model.lastYear() : y);
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
    }
}
