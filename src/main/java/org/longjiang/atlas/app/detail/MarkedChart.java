package org.longjiang.atlas.app.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * A chart with marks drawn over its plot: vertical lines for policy events and the selected year,
 * and short ticks for printed totals beside a stack. The marks are created once and only moved
 * when the chart lays out, so they follow resizing without rebuilding the chart. Its key lists
 * the series one a line, each name wrapping: the chart's own legend cuts long names short.
 */
final class MarkedChart extends VBox {
    /** A vertical line at an x value (a year, or a period category) with a label and a hover text. */
    record VerticalMark(Object x, String label, String tip, String styleClass) {}

    /** A short horizontal tick at a category and a y value (a printed total). */
    record Tick(String category, double y, String tip, boolean flagged) {}

    private static final double MAX_BAR = 44;

    private final XYChart<?, ?> chart;
    private final Pane overlay = new Pane();
    private final List<Runnable> placers = new ArrayList<>();

    MarkedChart(XYChart<?, ?> chart) {
        this.chart = chart;
        overlay.setPickOnBounds(false);
        overlay.setManaged(true);
        getChildren().add(new StackPane(chart, overlay));
        getStyleClass().add("marked-chart");
    }

    /** Lists the chart's series under it: a swatch in the series' colour and its name, wrapped. */
    void addKey(boolean bars) {
        chart.setLegendVisible(false);
        VBox key = new VBox(2);
        key.getStyleClass().add("chart-key");
        for (int i = 0; i < chart.getData().size(); i++) {
            Region swatch = new Region();
            swatch.getStyleClass()
                    .addAll(
                            "chart-legend-item-symbol",
                            bars ? "chart-bar" : "chart-line-symbol",
                            bars ? "bar-legend-symbol" : "series" + i,
                            "default-color" + (i % 8));
            swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            Label name = Labels.wrapped(chart.getData().get(i).getName(), "chart-key-item");
            HBox item = new HBox(6, swatch, name);
            item.setAlignment(Pos.TOP_LEFT);
            key.getChildren().add(item);
        }
        getChildren().add(key);
    }

    XYChart<?, ?> chart() {
        return chart;
    }

    void addVertical(VerticalMark m) {
        Line line = unmanaged(new Line());
        line.getStyleClass().addAll("chart-mark-line", m.styleClass());
        Rectangle hit = unmanaged(new Rectangle(9, 10));
        hit.getStyleClass().add("chart-mark-hit");
        Label label = unmanaged(new Label(m.label()));
        label.getStyleClass().addAll("chart-mark-label", m.styleClass());
        label.setMouseTransparent(false);
        Tooltip tip = tip(m.tip());
        Tooltip.install(hit, tip);
        Tooltip.install(label, tip);
        overlay.getChildren().addAll(line, hit, label);
        placers.add(() -> {
            Bounds plot = plotBounds();
            double x = xPosition(m.x());
            boolean visible =
                    plot != null && !Double.isNaN(x) && x >= plot.getMinX() - 0.5 && x <= plot.getMaxX() + 0.5;
            line.setVisible(visible);
            hit.setVisible(visible);
            label.setVisible(visible);
            if (!visible) return;
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(plot.getMinY());
            line.setEndY(plot.getMaxY());
            hit.setX(x - 4.5);
            hit.setY(plot.getMinY());
            hit.setHeight(plot.getHeight());
            label.autosize();
            label.relocate(x - label.getWidth() / 2, plot.getMinY() - label.getHeight() + 2);
        });
    }

    void addTick(Tick t, double width) {
        Line line = unmanaged(new Line());
        line.getStyleClass().addAll("chart-total-tick", t.flagged() ? "flagged" : "plain");
        Tooltip.install(line, tip(t.tip()));
        overlay.getChildren().add(line);
        placers.add(() -> {
            double x = xPosition(t.category());
            double y = yPosition(t.y());
            line.setVisible(!Double.isNaN(x) && !Double.isNaN(y));
            double half = categorySpacing() * width / 2;
            line.setStartX(x - half);
            line.setEndX(x + half);
            line.setStartY(y);
            line.setEndY(y);
        });
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The chart lays out its plot in its own pass, after this one: do it now so the axes know their scale.
        chart.layout();
        if (narrowBars()) chart.layout();
        placers.forEach(Runnable::run);
    }

    /**
     * Widens the gap between categories so that no bar is wider than {@link #MAX_BAR}: with two
     * periods the stock chart would draw two walls. Returns whether the gap changed.
     */
    private boolean narrowBars() {
        double spacing = categorySpacing();
        double gap;
        if (chart instanceof BarChart<?, ?> b && chart.getXAxis() instanceof CategoryAxis) {
            int n = Math.max(1, b.getData().size());
            gap = Math.max(10, spacing - MAX_BAR * n - b.getBarGap() * (n - 1));
            if (Math.abs(gap - b.getCategoryGap()) < 0.5) return false;
            b.setCategoryGap(gap);
        } else if (chart instanceof StackedBarChart<?, ?> s) {
            gap = Math.max(10, spacing - MAX_BAR);
            if (Math.abs(gap - s.getCategoryGap()) < 0.5) return false;
            s.setCategoryGap(gap);
        } else {
            return false;
        }
        return true;
    }

    private Bounds plotBounds() {
        Node plot = chart.lookup(".chart-plot-background");
        return plot == null ? null : overlay.sceneToLocal(plot.localToScene(plot.getLayoutBounds()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private double xPosition(Object value) {
        Axis axis = chart.getXAxis();
        if (axis instanceof CategoryAxis c && !c.getCategories().contains(value)) return Double.NaN;
        double d = axis.getDisplayPosition(value);
        return overlay.sceneToLocal(axis.localToScene(new Point2D(d, 0))).getX();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private double yPosition(double value) {
        Axis axis = chart.getYAxis();
        double d = axis.getDisplayPosition(value);
        return overlay.sceneToLocal(axis.localToScene(new Point2D(0, d))).getY();
    }

    private double categorySpacing() {
        return chart.getXAxis() instanceof CategoryAxis c ? c.getCategorySpacing() : 10;
    }

    private static <T extends Node> T unmanaged(T node) {
        node.setManaged(false);
        return node;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(120));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
