package org.longjiang.atlas.app.detail;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.DataNote;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.PolicyEvent;

/** The subject's policy timeline, grouped by kind; clicking an event sets the map's year to it. */
final class TimelineSection extends VBox {

    TimelineSection(DossierBuilder model, Map<EventKind, List<PolicyEvent>> byKind, AtlasState state, Messages m) {
        super(4);
        setId("detail-timeline");
        getStyleClass().add("timeline-section");
        byKind.forEach((kind, events) -> {
            Label heading = new Label(m.get("event.group", m.get("event." + kind.id()), events.size()));
            heading.getStyleClass().addAll("timeline-kind", "event-" + kind.id());
            getChildren().add(heading);
            for (PolicyEvent e : events) getChildren().add(row(model, e, state, m));
        });
    }

    private static HBox row(DossierBuilder model, PolicyEvent e, AtlasState state, Messages m) {
        Label date = new Label(m.date(e.date()));
        date.getStyleClass().add("timeline-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        List<DataNote> disputes = model.notes().aboutEvent(e.id());
        String text = m.text(e.title());
        Hyperlink title = new Hyperlink(disputes.isEmpty() ? text : m.get("note.flag", text));
        title.setId("event-" + e.id());
        title.setWrapText(true);
        title.getStyleClass().add("timeline-title");
        StringBuilder tip = new StringBuilder(m.text(e.description()));
        e.sources().forEach(c -> tip.append("\n").append(model.shortSource(c, m.language())));
        disputes.forEach(n -> tip.append("\n").append(m.get("note.flag", m.text(n.message()))));
        title.setTooltip(MarkedChart.tip(tip.toString().strip()));
        title.setOnAction(a -> state.setYear(e.date().year()));
        HBox row = new HBox(8, date, title);
        row.getStyleClass().add("timeline-row");
        return row;
    }
}
