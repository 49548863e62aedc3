package org.longjiang.atlas.app.detail;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.ChartSpec;
import org.longjiang.atlas.core.query.SubjectStatistics;

/** The series the user chose, from any dossiers, side by side: one chart per unit, each series removable. */
final class CompareSection extends VBox {

    CompareSection(List<Series> series, AtlasState state, ChartFactory charts, Messages m) {
        super(6);
        setId("detail-compare");
        getStyleClass().add("compare-section");
        Label title = new Label(m.get("compare.title", series.size()));
        title.getStyleClass().add("detail-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button clear = new Button(m.get("compare.clear"));
        clear.setId("compare-clear");
        clear.getStyleClass().add("stat-card-action");
        clear.setOnAction(e -> state.clearComparison());
        HBox top = new HBox(6, title, spacer, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(top);
        FlowPane chips = new FlowPane(4, 4);
        for (Series s : series) {
            Button chip = new Button(m.get("compare.chip", m.text(s.title())));
            chip.getStyleClass().add("compare-chip");
            chip.setAccessibleText(m.get("compare.remove", m.text(s.title())));
            chip.setOnAction(e -> state.uncompare(s.id()));
            chips.getChildren().add(chip);
        }
        getChildren().add(chips);
        List<ChartSpec> specs = SubjectStatistics.comparison(series);
        if (specs.size() > 1) {
            Label units = new Label(m.get("compare.units", specs.size()));
            units.setWrapText(true);
            units.getStyleClass().add("stat-card-unit");
            getChildren().add(units);
        }
        for (ChartSpec spec : specs) {
            Label unit = new Label(m.get("card.unit", charts.unitLabel(spec)));
            unit.getStyleClass().add("stat-card-unit");
            getChildren().addAll(unit, charts.build(spec));
        }
    }
}
