package org.longjiang.atlas.app.detail;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.dossier.Dossier;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.query.ProvinceOverview;

/** The province overview: the five links of the BRI paper and the places and routes each printed table lists. */
final class OverviewSection extends VBox {
    /** Subjects shown per group before "show all": Table 2 alone lists 77 places and routes. */
    private static final int SHOWN = 10;

    OverviewSection(DossierBuilder model, Dossier.Overview d, AtlasState state, Messages m) {
        super(6);
        setId("detail-overview");
        getStyleClass().add("overview-section");
        if (!d.parts().isEmpty()) {
            getChildren()
                    .add(new LazySection(
                            "overview-parts", m.get("overview.parts"), true, () -> parts(model, d, state, m)));
        }
        if (!d.tabled().isEmpty()) {
            getChildren()
                    .add(new LazySection(
                            "overview-tables", m.get("overview.tables"), false, () -> tables(model, d, state, m)));
        }
    }

    private static VBox parts(DossierBuilder model, Dossier.Overview d, AtlasState state, Messages m) {
        String lang = m.language();
        VBox box = new VBox(4);
        for (ProvinceOverview.Part p : d.parts()) {
            String cite = model.shortSource(
                    new Citation(p.sourceId(), Optional.empty(), Optional.of(p.numeral()), Optional.empty()), lang);
            box.getChildren().add(label(model.partTitle(p, lang), "overview-part"));
            box.getChildren()
                    .add(label(
                            m.get(
                                    "overview.counts",
                                    p.events().size(),
                                    p.subjectIds().size(),
                                    cite),
                            "overview-counts"));
            box.getChildren().add(chips(model, p.subjectIds(), state, m, "part-" + p.numeral()));
        }
        return box;
    }

    private static VBox tables(DossierBuilder model, Dossier.Overview d, AtlasState state, Messages m) {
        VBox box = new VBox(4);
        for (ProvinceOverview.TabledSubjects t : d.tabled()) {
            box.getChildren().add(label(model.tabledTitle(t, m.language()), "overview-part"));
            box.getChildren()
                    .add(chips(
                            model,
                            t.subjectIds(),
                            state,
                            m,
                            "table-" + t.sourceId() + "-" + t.table().replace(' ', '-')));
        }
        return box;
    }

    private static FlowPane chips(DossierBuilder model, List<String> ids, AtlasState state, Messages m, String id) {
        FlowPane pane = new FlowPane(2, 0);
        pane.setId("overview-" + id);
        pane.getStyleClass().add("overview-chips");
        fill(pane, model, ids, state, m, SHOWN);
        return pane;
    }

    private static void fill(
            FlowPane pane, DossierBuilder model, List<String> ids, AtlasState state, Messages m, int limit) {
        pane.getChildren().clear();
        for (String sid : ids.subList(0, Math.min(limit, ids.size()))) {
            Hyperlink h = new Hyperlink(model.nameOf(sid, m.language()));
            h.getStyleClass().add("overview-chip");
            h.setOnAction(e -> state.focus(sid));
            pane.getChildren().add(h);
        }
        if (ids.size() > limit) {
            Hyperlink all = new Hyperlink(m.get("overview.showAll", ids.size()));
            all.getStyleClass().add("overview-more");
            all.setOnAction(e -> fill(pane, model, ids, state, m, Integer.MAX_VALUE));
            pane.getChildren().add(all);
        }
    }

    private static Label label(String text, String style) {
        return Labels.wrapped(text, style);
    }
}
