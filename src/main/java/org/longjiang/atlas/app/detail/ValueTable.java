package org.longjiang.atlas.app.detail;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.StatTable;

/** The printed table behind a chart: one row per period, one column per series, values exactly as printed. */
final class ValueTable extends TableView<String> {
    private static final double ROW = 24;

    ValueTable(DetailViewModel model, List<Series> series, String lang) {
        getStyleClass().add("dossier-table");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<String, String> period = new TableColumn<>(Messages.get("table.period"));
        period.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        period.setPrefWidth(88);
        period.setSortable(false);
        getColumns().add(period);
        for (Series s : series) {
            TableColumn<String, String> col = new TableColumn<>();
            Label header = new Label(s.title().in(lang) + "\n(" + s.unit() + ")");
            header.setWrapText(true);
            header.setMaxWidth(150);
            header.getStyleClass().add("dossier-table-header");
            Tooltip.install(header, MarkedChart.tip(s.title().in(lang) + "\n" + model.shortSource(s.source())));
            col.setGraphic(header);
            col.setPrefWidth(Math.min(160, Math.max(96, s.title().in(lang).length() * 3.2)));
            col.setSortable(false);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
            col.setCellFactory(c -> new ValueCell(model, s, lang));
            getColumns().add(col);
        }
        List<String> periods = StatTable.periodsOf(series);
        getItems().setAll(periods);
        setFixedCellSize(ROW);
        setPrefHeight(ROW * Math.min(periods.size(), 12) + 78);
        setMinHeight(getPrefHeight());
    }

    /** A value cell: the printed value, a warning sign where a note flags it, the note on hover. */
    private static final class ValueCell extends TableCell<String, String> {
        private final DetailViewModel model;
        private final Series series;
        private final String lang;

        ValueCell(DetailViewModel model, Series series, String lang) {
            this.model = model;
            this.series = series;
            this.lang = lang;
            getStyleClass().add("value-cell");
        }

        @Override
        protected void updateItem(String period, boolean empty) {
            super.updateItem(period, empty);
            getStyleClass().remove("flagged");
            setTooltip(null);
            Optional<Observation> o = empty || period == null ? Optional.empty() : StatTable.at(series, period);
            if (o.isEmpty()) {
                setText(null);
                return;
            }
            boolean flagged = !model.notes().about(series, period).isEmpty();
            setText((flagged ? "\u26a0 " : "") + DetailViewModel.printed(o.get()));
            if (flagged) getStyleClass().add("flagged");
            setTooltip(MarkedChart.tip(model.valueTip(series, o.get(), lang)));
        }
    }
}
