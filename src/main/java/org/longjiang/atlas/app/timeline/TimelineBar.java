package org.longjiang.atlas.app.timeline;

import java.util.List;
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
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.PolicyEvent;

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
    private final ToggleButton today = new ToggleButton(Messages.get("timeline.today"));
    private final Button play = new Button(Messages.get("timeline.play"));
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
        slider.setAccessibleText(Messages.get("timeline.slider"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        today.setId("year-today");
        today.setSelected(state.yearProperty().get() == null);
        today.setTooltip(new Tooltip(Messages.get("timeline.todayTip")));
        play.setId("year-play");
        Button back = step("year-back", "\u25c0", -1);
        Button forward = step("year-forward", "\u25b6", 1);
        speed = org.longjiang.atlas.app.ui.LabelledChoice.of(
                "year-speed", List.of(0.5, 1.0, 2.0, 4.0), 1.0, d -> Messages.get("timeline.speed", d));
        yearLabel.setId("year-label");
        yearLabel.getStyleClass().add("timeline-year");
        StackPane track = new StackPane(slider, new EventTicks(model, slider));
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
        model.playingProperty()
                .addListener((o, a, on) -> play.setText(Messages.get(on ? "timeline.pause" : "timeline.play")));
        state.yearProperty().addListener((o, a, b) -> show());
        state.languageProperty().addListener((o, a, b) -> show());
        show();
    }

    /** "Size places by": a printed column giving one value per partner place a year (trade, tourists), or none. */
    private ChoiceBox<String> sizeBy() {
        var stats = org.longjiang.atlas.core.query.MappedStatistics.of(state.atlas(), Atlas.PROVINCE_ID);
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("", Messages.get("timeline.sizeNone"));
        String lang = state.languageProperty().get();
        stats.forEach(st -> names.put(
                st.id(),
                Messages.get(
                        "timeline.sizeBy",
                        measureName(st.first(), lang),
                        st.first().source().locator(),
                        st.first().unit())));
        ChoiceBox<String> box =
                org.longjiang.atlas.app.ui.LabelledChoice.of("size-by", List.copyOf(names.keySet()), "", names::get);
        // The column names are long; the slider keeps the room.
        box.setPrefWidth(230);
        box.setMaxWidth(230);
        box.setTooltip(new Tooltip(Messages.get("timeline.sizeTip")));
        box.valueProperty().addListener((o, a, b) -> state.setMappedStatistic(b == null || b.isEmpty() ? null : b));
        return box;
    }

    /** "Inbound tourists to Heilongjiang from Japan" → "Inbound tourists to Heilongjiang": the column, without its partner. */
    private String measureName(org.longjiang.atlas.core.model.Series s, String lang) {
        String title = s.title().in(lang);
        for (String partner : s.subjects()) {
            String name =
                    state.atlas().place(partner).map(p -> p.names().in(lang)).orElse(partner);
            title = title.replace(" from " + name, "").replace("–" + name, "–…").replace(name + " ", "");
        }
        return title;
    }

    private Button step(String id, String text, int delta) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(Messages.get(delta < 0 ? "timeline.previous" : "timeline.next"));
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
        yearLabel.setText(y == null ? Messages.get("timeline.todayLabel") : String.valueOf(y));
        updating = false;
        inForce.getChildren().clear();
        String lang = state.languageProperty().get();
        List<PolicyEvent> events = model.inForce(y == null ? model.lastYear() : y, SHOWN_EVENTS);
        inForce.getChildren()
                .add(new Label(Messages.get(y == null ? "timeline.latest" : "timeline.inForce", y == null ? 0 : y)));
        for (PolicyEvent e : events) {
            Hyperlink h = new Hyperlink(e.date() + "  " + e.title().in(lang));
            h.setId("in-force-" + e.id());
            h.getStyleClass().addAll("timeline-event", "event-" + e.kind().id());
            if (y != null && e.date().year() == y) h.getStyleClass().add("this-year");
            h.setTooltip(new Tooltip(
                    Messages.get("event." + e.kind().id()) + ": " + e.title().in(lang)));
            h.setOnAction(a -> model.open(e));
            inForce.getChildren().add(h);
        }
    }
}
