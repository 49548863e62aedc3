package org.longjiang.atlas.app.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.ChartKind;
import org.longjiang.atlas.core.query.ChartSpec;
import org.longjiang.atlas.core.query.StatTable;
import org.longjiang.atlas.core.query.ValueGrid;

/**
 * One printed table in the dossier: its source as heading, then its charts, growth rates or the
 * table itself (switched with a segmented button), the one-off figures, and actions to copy or
 * save it as CSV and to add it to the comparison.
 */
final class StatTableCard extends TitledPane {
    /** What the card's buttons ask the panel to do; the card itself knows no clipboard or files. */
    interface Actions {
        void copyCsv(ValueGrid grid);

        void saveCsv(ValueGrid grid, String suggestedName);

        void compare(List<Series> series);
    }

    private final VBox body = new VBox(8);
    private final VBox inside = new VBox(6);

    /** The card's content is built the first time it is expanded: a province dossier holds dozens of charts. */
    StatTableCard(
            DossierBuilder model, StatTable table, Messages m, ChartFactory charts, Actions actions, boolean expanded) {
        String lang = m.language();
        setId("card-" + table.id());
        getStyleClass().add("stat-card");
        Labels.title(this, model.tableTitle(table, lang), "stat-card-title");
        setTooltip(MarkedChart.tip(getText()));
        int flagged = model.notes().aboutAny(table.series()).size();
        String cite = model.shortSource(table.source(), lang);
        Label source =
                Labels.wrapped(flagged > 0 ? m.get("card.sourceFlagged", cite, flagged) : cite, "stat-card-heading");
        if (flagged > 0) source.setTooltip(MarkedChart.tip(m.get("card.notes", flagged)));
        inside.getChildren().add(source);
        setContent(inside);
        setAnimated(false);
        expandedProperty().addListener((o, was, is) -> {
            if (is && inside.getChildren().size() == 1) fill(model, table, m, charts, actions);
        });
        setExpanded(expanded);
        if (expanded) fill(model, table, m, charts, actions);
    }

    private void fill(DossierBuilder model, StatTable table, Messages m, ChartFactory charts, Actions actions) {
        String lang = m.language();
        List<ToggleButton> views = new ArrayList<>();
        if (!table.charts().isEmpty())
            views.add(view(
                    m,
                    "chart",
                    () -> table.charts().forEach(c -> body.getChildren().add(chartBlock(c, charts, m)))));
        if (!table.growth().isEmpty())
            views.add(view(
                    m,
                    "growth",
                    () -> table.growth().forEach(c -> body.getChildren().add(chartBlock(c, charts, m)))));
        ValueGrid grid = ValueGrid.of(table, lang, id -> model.nameOf(id, lang));
        if (!grid.columns().isEmpty())
            views.add(view(m, "table", () -> body.getChildren().add(new ValueTable(model, grid, m))));
        if (views.size() > 1) {
            SegmentedButton switcher = new SegmentedButton(views.toArray(ToggleButton[]::new));
            switcher.setToggleGroup(new ToggleGroup());
            switcher.getStyleClass().add("stat-card-views");
            inside.getChildren().add(switcher);
        }
        inside.getChildren().add(body);
        if (!views.isEmpty()) {
            views.get(0).setSelected(true);
            ((Runnable) views.get(0).getUserData()).run();
        }
        if (!table.figures().isEmpty()) inside.getChildren().add(figures(model, table.figures(), m));
        inside.getChildren().add(actions(table, grid, actions, m));
    }

    private ToggleButton view(Messages m, String key, Runnable show) {
        ToggleButton b = new ToggleButton(m.get("card.view." + key));
        b.getStyleClass().add("stat-card-view-" + key);
        b.setUserData((Runnable) () -> {
            body.getChildren().clear();
            show.run();
        });
        b.selectedProperty().addListener((o, was, is) -> {
            if (is) ((Runnable) b.getUserData()).run();
        });
        // A segmented button would let the user deselect everything; keep one view always showing.
        b.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (b.isSelected()) e.consume();
        });
        return b;
    }

    private static Node chartBlock(ChartSpec spec, ChartFactory charts, Messages m) {
        Label unit = Labels.wrapped(
                spec.kind() == ChartKind.RANKING
                        ? m.get(
                                "card.rankingUnit",
                                ValueGrid.columnHeading(
                                        m.text(spec.series().get(0).title())),
                                charts.unitLabel(spec))
                        : m.get("card.unit", charts.unitLabel(spec)),
                "stat-card-unit");
        MarkedChart chart = charts.build(spec);
        VBox block = new VBox(2, unit, chart);
        if (spec.total().isPresent()) {
            Label key = new Label(m.get("chart.totalKey"));
            key.getStyleClass().add("chart-total-key");
            key.setWrapText(true);
            block.getChildren().add(key);
        }
        return block;
    }

    private static Node figures(DossierBuilder model, List<Series> figures, Messages m) {
        String lang = m.language();
        VBox box = new VBox(3);
        box.getStyleClass().add("stat-figures");
        for (Series s : figures) {
            for (var o : s.observations()) {
                boolean flagged = !model.notes().about(s, o.period()).isEmpty();
                String figure = m.get(
                        "card.figure",
                        m.text(s.title()),
                        DossierBuilder.printed(o, m),
                        model.unit(s, lang),
                        m.period(o.period()));
                Label l = Labels.wrapped(
                        flagged ? m.get("note.flag", figure) : figure, flagged ? "stat-figure-flagged" : "stat-figure");
                l.setTooltip(MarkedChart.tip(model.valueTip(s, o, lang)));
                box.getChildren().add(l);
            }
        }
        return box;
    }

    private static Node actions(StatTable table, ValueGrid grid, Actions actions, Messages m) {
        Button copy = small(m.get("card.copyCsv"), b -> actions.copyCsv(grid));
        copy.setId("copy-csv-" + table.id());
        Button save = small(m.get("card.saveCsv"), b -> actions.saveCsv(grid, table.id() + ".csv"));
        save.setId("save-csv-" + table.id());
        List<Series> chartable = table.charts().stream()
                .flatMap(c -> c.series().stream())
                .distinct()
                .toList();
        Button compare =
                small(m.get("card.compare"), b -> actions.compare(chartable.isEmpty() ? table.series() : chartable));
        compare.setId("compare-" + table.id());
        HBox row = new HBox(6, copy, save, compare);
        row.getStyleClass().add("stat-card-actions");
        return row;
    }

    private static Button small(String text, Consumer<Button> onAction) {
        Button b = new Button(text);
        b.getStyleClass().add("stat-card-action");
        b.setOnAction(e -> onAction.accept(b));
        return b;
    }
}
