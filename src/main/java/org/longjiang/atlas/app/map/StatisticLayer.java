package org.longjiang.atlas.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.render.Layers;
import org.longjiang.atlas.core.export.CitationFormatter;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.MappedStatistics;

/**
 * Proportional circles on the province's partner places for a printed column and the year
 * shown (with no year, the last year the table prints): area for value, scaled to the largest
 * value the column prints in any year, so circles grow and shrink as the slider moves. Each
 * circle is labelled with the printed value; hover names the series and its source.
 */
final class StatisticLayer extends OverlayLayer {
    private static final double MAX_RADIUS = 34;
    private static final double MIN_RADIUS = 3;

    private final AtlasState state;
    private final List<MappedStatistics.Statistic> statistics;
    private final List<Bubble> bubbles = new ArrayList<>();

    private record Bubble(Place place, Circle circle, Label label) {}

    StatisticLayer(AtlasState state) {
        this.state = state;
        this.statistics = MappedStatistics.of(state.atlas(), Atlas.PROVINCE_ID);
        setMouseTransparent(false);
        setPickOnBounds(false);
        getStyleClass().add("statistic-layer");
        Layers.mark(this, "statistics");
        state.mappedStatisticProperty().addListener((o, a, b) -> rebuild());
        state.yearProperty().addListener((o, a, b) -> rebuild());
        state.languageProperty().addListener((o, a, b) -> rebuild());
    }

    private Optional<MappedStatistics.Statistic> chosen() {
        String id = state.mappedStatisticProperty().get();
        return statistics.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private void rebuild() {
        getChildren().clear();
        bubbles.clear();
        Messages m = Messages.of(state.languageProperty().get());
        chosen().ifPresent(stat -> stat.circles(
                        Optional.ofNullable(state.yearProperty().get()), MAX_RADIUS, MIN_RADIUS)
                .forEach(circle -> {
                    Place p = state.atlas().place(circle.placeId()).orElseThrow();
                    Circle c = new Circle(circle.radius());
                    c.getStyleClass().add("statistic-bubble");
                    c.setId("bubble-" + p.id());
                    String printed = m.number(circle.value().value());
                    Label l = new Label(printed);
                    l.getStyleClass().add("statistic-value");
                    l.setMouseTransparent(true);
                    Series series = circle.series();
                    Tooltip.install(
                            c,
                            new Tooltip(m.get(
                                    "statistic.tip",
                                    m.text(series.title()),
                                    m.period(circle.value().period()),
                                    printed,
                                    m.text(state.atlas().glossary().unit(series.unit())),
                                    state.atlas()
                                            .source(series.source().sourceId())
                                            .map(src -> CitationFormatter.shortForm(
                                                    src,
                                                    series.source(),
                                                    m,
                                                    state.atlas().glossary()))
                                            .orElse(series.source().sourceId()))));
                    bubbles.add(new Bubble(p, c, l));
                    getChildren().addAll(c, l);
                }));
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        for (Bubble b : bubbles) {
            Point2D pt =
                    getMapPoint(b.place().position().lat(), b.place().position().lon());
            boolean on = pt != null;
            b.circle().setVisible(on);
            b.label().setVisible(on);
            if (!on) continue;
            b.circle().setCenterX(pt.getX());
            b.circle().setCenterY(pt.getY());
            b.label().autosize();
            b.label()
                    .relocate(
                            pt.getX() - b.label().getWidth() / 2,
                            pt.getY() - b.label().getHeight() / 2);
        }
    }
}
