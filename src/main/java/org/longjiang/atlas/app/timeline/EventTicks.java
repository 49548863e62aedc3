package org.longjiang.atlas.app.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.PolicyEvent;

/**
 * Policy ticks drawn over the slider's track: one mark per year with events, coloured by the
 * kind of its first event; hover lists the events, a click moves the slider to that year and
 * selects what the first one concerns.
 */
final class EventTicks extends Pane {
    private final Slider slider;
    private final Map<Integer, List<PolicyEvent>> byYear = new LinkedHashMap<>();
    private final Map<Integer, Rectangle> marks = new LinkedHashMap<>();

    EventTicks(TimelineViewModel model, Slider slider, ObservableValue<String> language) {
        this.slider = slider;
        setPickOnBounds(false);
        getStyleClass().add("event-ticks");
        for (PolicyEvent e : model.events())
            byYear.computeIfAbsent(e.date().year(), k -> new java.util.ArrayList<>())
                    .add(e);
        byYear.forEach((year, events) -> {
            Rectangle r = new Rectangle(4, 9);
            r.setManaged(false);
            r.setId("tick-" + year);
            r.getStyleClass()
                    .addAll("event-tick", "event-" + events.get(0).kind().id());
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(UiText.of(language, m -> tip(m, events)));
            Tooltip.install(r, tip);
            r.setOnMouseClicked(ev -> model.open(events.get(0)));
            marks.put(year, r);
            getChildren().add(r);
        });
    }

    /** The events of a year, one a line: date, kind and title. */
    private static String tip(Messages m, List<PolicyEvent> events) {
        return events.stream()
                .map(e -> m.get(
                        "chart.eventTip",
                        m.date(e.date()),
                        m.get("event." + e.kind().id()),
                        m.text(e.title())))
                .collect(Collectors.joining("\n"));
    }

    @Override
    protected void layoutChildren() {
        Node track = slider.lookup(".track");
        if (track == null) return;
        Bounds b = sceneToLocal(track.localToScene(track.getLayoutBounds()));
        if (b == null) return;
        double span = slider.getMax() - slider.getMin();
        marks.forEach((year, r) -> {
            double x = b.getMinX() + (year - slider.getMin()) / span * b.getWidth();
            r.relocate(x - r.getWidth() / 2, b.getMinY() - r.getHeight() - 1);
        });
    }
}
