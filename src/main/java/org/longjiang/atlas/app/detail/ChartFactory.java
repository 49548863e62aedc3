package org.longjiang.atlas.app.detail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.ChartKind;
import org.longjiang.atlas.core.query.ChartSpec;
import org.longjiang.atlas.core.query.Periods;
import org.longjiang.atlas.core.query.StatTable;

/**
 * Builds the chart for a {@link ChartSpec}: the printed values on a line, bar, stacked or ranking
 * chart, each point with its hover text and a warning mark where a note flags it, policy events
 * and the selected year as vertical marks.
 */
final class ChartFactory {
    private final DossierBuilder model;
    private final Messages m;
    private final String lang;
    private final Optional<Integer> year;
    private final ValueReading reading;

    ChartFactory(DossierBuilder model, Messages m, Optional<Integer> year, ValueReading reading) {
        this.model = model;
        this.m = m;
        this.lang = m.language();
        this.year = year;
        this.reading = reading;
    }

    MarkedChart build(ChartSpec spec) {
        MarkedChart chart = switch (spec.kind()) {
            case LINE -> line(spec);
            case BAR -> bars(spec, new BarChart<>(new CategoryAxis(), valueAxis(spec)));
            case STACKED -> stacked(spec);
            case RANKING -> ranking(spec);
        };
        chart.chart().setAnimated(false);
        chart.chart().getStyleClass().add("dossier-chart");
        chart.chart().setLegendVisible(false);
        if (spec.kind() != ChartKind.RANKING) chart.addKey(spec.kind() != ChartKind.LINE);
        chart.setId("chart-" + spec.series().get(0).id());
        return chart;
    }

    private NumberAxis valueAxis(ChartSpec spec) {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(true);
        axis.setAccessibleText(reading.unit(spec.series().get(0)));
        axis.setTickLabelFormatter(new ValueLabels(m));
        return axis;
    }

    private MarkedChart line(ChartSpec spec) {
        List<String> periods = spec.periods();
        double min = periods.stream()
                .mapToDouble(p -> Periods.point(p).orElse(Double.NaN))
                .min()
                .orElse(0);
        double max = periods.stream()
                .mapToDouble(p -> Periods.point(p).orElse(Double.NaN))
                .max()
                .orElse(1);
        double from = Math.floor(min) - 0.5, to = Math.ceil(max) + 0.5;
        NumberAxis x = new NumberAxis(from, to, to - from > 13 ? 2 : 1);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new YearLabels());
        LineChart<Number, Number> chart = new LineChart<>(x, valueAxis(spec));
        for (Series s : spec.series()) {
            XYChart.Series<Number, Number> xy = new XYChart.Series<>();
            xy.setName(m.text(s.title()));
            chart.getData().add(xy);
            for (Observation o : s.observations()) {
                OptionalDouble at = Periods.point(o.period());
                OptionalDouble v = reading.plotted(s, o);
                if (at.isEmpty() || v.isEmpty()) continue;
                XYChart.Data<Number, Number> d = new XYChart.Data<>(at.getAsDouble(), v.getAsDouble());
                xy.getData().add(d);
                decorate(d.getNode(), s, o);
            }
        }
        MarkedChart marked = new MarkedChart(chart);
        int first = (int) Math.floor(min), last = (int) Math.ceil(max);
        grouped(model.timeline().markers(spec.series(), first, last))
                .forEach((y, events) -> marked.addVertical(new MarkedChart.VerticalMark(
                        Periods.position(events.get(0).date()), markLabel(events), eventsTip(events), "policy")));
        year.filter(y -> y >= first && y <= last)
                .ifPresent(y -> marked.addVertical(new MarkedChart.VerticalMark(
                        (double) y, m.year(y), m.get("chart.selectedYear", y), "selected-year")));
        return marked;
    }

    /** The categories are the printed periods as the reader writes them ("2016年12月", "декабрь 2016 г."). */
    private MarkedChart bars(ChartSpec spec, XYChart<String, Number> chart) {
        List<String> periods = spec.periods();
        // Printed ranges ("2013-11/2017-06") are too long to sit side by side; slanted, none is hidden for overlap.
        if (periods.stream().anyMatch(p -> m.period(p).length() > 7))
            ((CategoryAxis) chart.getXAxis()).setTickLabelRotation(-25);
        for (Series s : spec.series()) {
            XYChart.Series<String, Number> xy = new XYChart.Series<>();
            xy.setName(m.text(s.title()));
            chart.getData().add(xy);
            boolean first = chart.getData().size() == 1;
            for (String p : periods) {
                Optional<Observation> o = StatTable.at(s, p);
                if (o.isEmpty() && first) {
                    // The axis orders categories by first appearance in the data; an invisible zero in the
                    // first series puts every period in time order. A period left blank stays empty.
                    XYChart.Data<String, Number> placeholder = new XYChart.Data<>(m.period(p), 0);
                    xy.getData().add(placeholder);
                    placeholder.getNode().setVisible(false);
                }
                Optional<Double> v = o.flatMap(x -> box(reading.plotted(s, x)));
                if (v.isEmpty()) continue;
                XYChart.Data<String, Number> d = new XYChart.Data<>(m.period(p), v.get());
                xy.getData().add(d);
                decorate(d.getNode(), s, o.get());
            }
        }
        MarkedChart marked = new MarkedChart(chart);
        int first = periods.stream()
                .mapToInt(Periods::endYear)
                .filter(y -> y > 0)
                .min()
                .orElse(0);
        int last = periods.stream().mapToInt(Periods::endYear).max().orElse(0);
        grouped(model.timeline().markers(spec.series(), first, last))
                .forEach((y, events) -> marked.addVertical(new MarkedChart.VerticalMark(
                        String.valueOf(y), markLabel(events), eventsTip(events), "policy")));
        year.ifPresent(y -> marked.addVertical(new MarkedChart.VerticalMark(
                String.valueOf(y), m.year(y), m.get("chart.selectedYear", y), "selected-year")));
        return marked;
    }

    private MarkedChart stacked(ChartSpec spec) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), valueAxis(spec));
        MarkedChart marked = bars(spec, chart);
        // The printed total may exceed the stack (the misprinted imports): the axis must reach it, or its mark would
        // float off the plot.
        double top = spec.periods().stream()
                .mapToDouble(p -> Math.max(
                        spec.series().stream()
                                .mapToDouble(x -> StatTable.at(x, p)
                                        .flatMap(o -> box(reading.plotted(x, o)))
                                        .orElse(0.0))
                                .sum(),
                        spec.total()
                                .flatMap(t -> StatTable.at(t, p))
                                .flatMap(o -> box(reading.plotted(spec.total().get(), o)))
                                .orElse(0.0)))
                .max()
                .orElse(1);
        NumberAxis y = (NumberAxis) chart.getYAxis();
        double step = niceStep(top / 5);
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(Math.ceil(top * 1.02 / step) * step);
        y.setTickUnit(step);
        spec.total().ifPresent(total -> {
            for (Observation t : total.observations()) {
                Optional<BigDecimal> sum = sum(spec.series(), t.period());
                boolean flagged = !model.notes().about(total, t.period()).isEmpty();
                String tip = model.valueTip(total, t, lang)
                        + sum.map(v -> "\n" + m.get("chart.partsSum", m.number(v)))
                                .orElse("");
                OptionalDouble at = reading.plotted(total, t);
                if (at.isPresent())
                    marked.addTick(new MarkedChart.Tick(m.period(t.period()), at.getAsDouble(), tip, flagged), 0.9);
            }
        });
        return marked;
    }

    private MarkedChart ranking(ChartSpec spec) {
        NumberAxis values = valueAxis(spec);
        List<Series> sorted = new ArrayList<>(spec.series());
        // Ascending, because a vertical category axis draws its first category at the bottom: the largest sits on top.
        sorted.sort(Comparator.comparing(s -> s.observations().get(0).value()));
        CategoryAxis names = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(values, names);
        chart.setCategoryGap(3);
        XYChart.Series<Number, String> xy = new XYChart.Series<>();
        chart.getData().add(xy);
        for (Series s : sorted) {
            Observation o = s.observations().get(0);
            String name = subjectName(s, spec);
            OptionalDouble v = reading.plotted(s, o);
            if (v.isEmpty()) continue;
            XYChart.Data<Number, String> d = new XYChart.Data<>(v.getAsDouble(), name);
            xy.getData().add(d);
            decorate(d.getNode(), s, o);
            if (s.subjects().stream().anyMatch(spec.highlight()::contains))
                d.getNode().getStyleClass().add("highlight");
        }
        chart.setPrefHeight(Math.max(200, 30 + 22 * sorted.size()));
        return new MarkedChart(chart);
    }

    private String subjectName(Series s, ChartSpec spec) {
        return s.subjects().stream()
                .findFirst()
                .map(id -> model.nameOf(id, lang))
                .orElse(m.text(s.title()));
    }

    private void decorate(Node node, Series s, Observation o) {
        if (node == null) return;
        if (!model.notes().about(s, o.period()).isEmpty()) node.getStyleClass().add("flagged");
        String extra = reading.tipLine(s, o).map(l -> "\n" + l).orElse("");
        Tooltip.install(node, MarkedChart.tip(model.valueTip(s, o, lang) + extra));
        // What a screen reader says for the point: the stock text, bound by the chart, is English ("X Axis is …").
        node.accessibleTextProperty().unbind();
        node.setAccessibleText(
                m.get("chart.point", m.text(s.title()), m.period(o.period()), DossierBuilder.printed(o, m)));
    }

    private static Optional<BigDecimal> sum(List<Series> parts, String period) {
        BigDecimal total = BigDecimal.ZERO;
        for (Series s : parts) {
            Optional<Observation> o = StatTable.at(s, period);
            if (o.isEmpty()) return Optional.empty();
            total = total.add(o.get().value());
        }
        return Optional.of(total);
    }

    /** The unit a chart is drawn in: as printed, or the unit values were converted to. */
    String unitLabel(ChartSpec spec) {
        return reading.unit(spec.series().get(0));
    }

    private static Optional<Double> box(OptionalDouble v) {
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }

    /** 1, 2, 2.5 or 5 times a power of ten: the tick steps a reader can count in. */
    static double niceStep(double raw) {
        if (raw <= 0) return 1;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= m * power) return m * power;
        }
        return 10 * power;
    }

    /** Events in the same year share one mark: several lines a few pixels apart would be unreadable. */
    private static Map<Integer, List<PolicyEvent>> grouped(List<PolicyEvent> events) {
        Map<Integer, List<PolicyEvent>> out = new LinkedHashMap<>();
        events.forEach(e ->
                out.computeIfAbsent(e.date().year(), k -> new ArrayList<>()).add(e));
        return out;
    }

    private static String markLabel(List<PolicyEvent> events) {
        return events.size() == 1 ? "\u25c6" : String.valueOf(events.size());
    }

    private String eventsTip(List<PolicyEvent> events) {
        StringBuilder sb = new StringBuilder();
        for (PolicyEvent e : events) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(m.get(
                    "chart.eventTip",
                    m.date(e.date()),
                    m.get("event." + e.kind().id()),
                    m.text(e.title())));
        }
        return sb.toString();
    }

    /** Values on a value axis with the reader's separators (12 345,6 in Russian). */
    private static final class ValueLabels extends StringConverter<Number> {
        private final Messages m;

        ValueLabels(Messages m) {
            this.m = m;
        }

        @Override
        public String toString(Number n) {
            return m.number(n.doubleValue(), 6);
        }

        @Override
        public Number fromString(String s) {
            throw new UnsupportedOperationException();
        }
    }

    /** Whole years on a time axis, without the thousands separator a number format would add. */
    private static final class YearLabels extends StringConverter<Number> {
        @Override
        public String toString(Number n) {
            return Math.abs(n.doubleValue() - Math.rint(n.doubleValue())) < 1e-6
                    ? String.valueOf(Math.round(n.doubleValue()))
                    : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.valueOf(s);
        }
    }
}
