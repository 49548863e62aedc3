package org.longjiang.atlas.app.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
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

    EventTicks(TimelineViewModel model, Slider slider) {
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
            StringBuilder tip = new StringBuilder();
            for (PolicyEvent e : events) {
                if (tip.length() > 0) tip.append('\n');
                tip.append(e.date())
                        .append("  ")
                        .append(Messages.get("event." + e.kind().id()))
                        .append(": ")
                        .append(e.title().en());
            }
            Tooltip.install(r, new Tooltip(tip.toString()));
            r.setOnMouseClicked(ev -> model.open(events.get(0)));
            marks.put(year, r);
            getChildren().add(r);
        });
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
