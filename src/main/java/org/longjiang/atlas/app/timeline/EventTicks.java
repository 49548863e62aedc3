package org.longjiang.atlas.app.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.PolicyEvent;

/**
 * What is drawn over the slider's track, placed by the {@link YearScale}: the year labels and a tick
 * for every year from the pivot on; one policy mark per year with events, coloured by the kind of its
 * first event (hover lists them, a click moves to that year and selects what the first one concerns);
 * and, when comparing, a flag at the year compared with.
 */
final class EventTicks extends Pane {
    private final Slider slider;
    private final YearScale scale;
    private final Map<Integer, List<PolicyEvent>> byYear = new LinkedHashMap<>();
    private final Map<Integer, Rectangle> marks = new LinkedHashMap<>();
    private final Map<Integer, Label> labels = new LinkedHashMap<>();
    private final Map<Integer, Line> yearTicks = new LinkedHashMap<>();
    private final Rectangle fromFlag = new Rectangle(3, 18);
    private Integer from;

    EventTicks(TimelineViewModel model, Slider slider, YearScale scale, ObservableValue<String> language) {
        this.slider = slider;
        this.scale = scale;
        setPickOnBounds(false);
        getStyleClass().add("event-ticks");
        for (int y = Math.max(scale.first(), YearScale.PIVOT); y <= scale.last(); y++) {
            Line t = new Line(0, 0, 0, y % 10 == 0 ? 6 : 3);
            t.getStyleClass().add("year-tick");
            t.setManaged(false);
            t.setMouseTransparent(true);
            yearTicks.put(y, t);
            getChildren().add(t);
        }
        for (int y : scale.labels()) {
            Label l = new Label(String.valueOf(y));
            l.getStyleClass().add("year-tick-label");
            l.setManaged(false);
            l.setMouseTransparent(true);
            labels.put(y, l);
            getChildren().add(l);
        }
        for (PolicyEvent e : model.events())
            byYear.computeIfAbsent(e.date().year(), k -> new ArrayList<>()).add(e);
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
        fromFlag.setId("compare-from-flag");
        fromFlag.getStyleClass().add("compare-from-flag");
        fromFlag.setManaged(false);
        fromFlag.setMouseTransparent(true);
        fromFlag.setVisible(false);
        getChildren().add(fromFlag);
    }

    /** Shows the flag at the year compared with, or hides it. */
    void setFrom(Integer year) {
        from = year;
        fromFlag.setVisible(year != null);
        requestLayout();
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
        marks.forEach((year, r) -> r.relocate(x(b, year) - r.getWidth() / 2, b.getMinY() - r.getHeight() - 1));
        yearTicks.forEach((year, t) -> t.relocate(x(b, year), b.getMaxY() + 1));
        labels.forEach((year, l) -> {
            l.autosize();
            l.relocate(x(b, year) - l.getWidth() / 2, b.getMaxY() + 7);
        });
        if (from != null) fromFlag.relocate(x(b, from) - 1.5, b.getMinY() - 6);
    }

    private double x(Bounds track, int year) {
        return track.getMinX() + scale.position(year) * track.getWidth();
    }
}
