package org.longjiang.atlas.app.detail;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.query.ValueGrid;

/** The printed table behind a chart: rows of periods (or subjects), a column per series, values exactly as printed. */
final class ValueTable extends TableView<String> {
    private static final double ROW = 24;

    ValueTable(DossierBuilder model, ValueGrid grid, Messages m) {
        String lang = m.language();
        getStyleClass().add("dossier-table");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<String, String> rows = new TableColumn<>(m.get("table." + grid.rowHeading()));
        boolean periods = grid.rowHeading().equals("period");
        rows.setCellValueFactory(c -> new ReadOnlyStringWrapper(periods ? m.period(c.getValue()) : c.getValue()));
        rows.setPrefWidth(grid.rowHeading().equals("period") ? 92 : 120);
        rows.setSortable(false);
        getColumns().add(rows);
        for (ValueGrid.Column column : grid.columns()) {
            TableColumn<String, String> col = new TableColumn<>();
            String unit = model.unit(column.series().get(0), lang);
            Label header = new Label(m.get("table.header", column.title(), unit));
            header.setWrapText(true);
            header.setMaxWidth(150);
            header.getStyleClass().add("dossier-table-header");
            header.setTooltip(MarkedChart.tip(m.get(
                    "table.headerTip",
                    m.get("table.column", column.title(), unit),
                    model.shortSource(column.series().get(0).source(), lang))));
            col.setGraphic(header);
            col.setPrefWidth(Math.min(160, Math.max(96, column.title().length() * 3.2)));
            col.setSortable(false);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
            col.setCellFactory(c -> new ValueCell(model, grid, column, m));
            getColumns().add(col);
        }
        getItems().setAll(grid.rows());
        setFixedCellSize(ROW);
        setPrefHeight(ROW * Math.min(grid.rows().size(), 12) + 78);
        setMinHeight(getPrefHeight());
    }

    /** A value cell: the printed value, a warning sign where a note flags it, the note on hover. */
    private static final class ValueCell extends TableCell<String, String> {
        private final DossierBuilder model;
        private final ValueGrid grid;
        private final ValueGrid.Column column;
        private final Messages m;

        ValueCell(DossierBuilder model, ValueGrid grid, ValueGrid.Column column, Messages m) {
            this.model = model;
            this.grid = grid;
            this.column = column;
            this.m = m;
            getStyleClass().add("value-cell");
        }

        @Override
        protected void updateItem(String row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("flagged");
            setTooltip(null);
            Optional<ValueGrid.Cell> cell = empty || row == null ? Optional.empty() : grid.cell(row, column);
            if (cell.isEmpty()) {
                setText(null);
                return;
            }
            var s = cell.get().series();
            var o = cell.get().observation();
            boolean flagged = !model.notes().about(s, o.period()).isEmpty();
            String printed = DossierBuilder.printed(o, m);
            setText(flagged ? m.get("note.flag", printed) : printed);
            if (flagged) getStyleClass().add("flagged");
            setTooltip(MarkedChart.tip(model.valueTip(s, o, m.language())));
        }
    }
}
