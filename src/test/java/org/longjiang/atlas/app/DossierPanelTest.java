package org.longjiang.atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.shape.Polyline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.export.CitationFormatter;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dossier panel on the shipped content: charts, table view, timeline, sources, CSV, comparison, province. */
class DossierPanelTest extends AtlasWindowFixture {
    @BeforeAll
    static void openWindow() throws Exception {
        open(AtlasLoader.loadBundled());
    }

    private String clipboard(FxRobot robot) {
        String[] text = new String[1];
        UiTestSupport.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void clickingAPortShowsItsChartsTableTimelineAndSources(FxRobot robot) {
        UiTestSupport.interact(() -> window.mapPane().map().setView(44.3965, 131.153, 12));
        settle();
        robot.clickOn("#place-suifenhe");
        settle();
        assertEquals(
                window.state().atlas().place("suifenhe").orElseThrow().names().en(),
                robot.lookup("#detail-title").queryAs(Label.class).getText());
        TitledPane gdp = robot.lookup("#card-border-opening-text-regional-gdp").queryAs(TitledPane.class);
        assertTrue(gdp.isExpanded());
        XYChart<?, ?> chart = robot.lookup("#card-border-opening-text-regional-gdp .dossier-chart")
                .queryAs(XYChart.class);
        assertFalse(chart.getData().isEmpty(), "a chart with data, not an empty frame");
        UiTestSupport.interact(() -> robot.lookup("#card-border-opening-text-regional-gdp .stat-card-view-table")
                .queryAs(ToggleButton.class)
                .fire());
        settle();
        TableView<?> table = robot.lookup("#card-border-opening-text-regional-gdp .dossier-table")
                .queryAs(TableView.class);
        assertTrue(table.getItems().size() >= 2);
        assertTrue(robot.lookup("#detail-timeline").tryQuery().isPresent());
        assertTrue(robot.lookup("#event-suifenhe-customs-clearance-platform")
                .tryQuery()
                .isPresent());
        UiTestSupport.interact(() -> robot.lookup("#detail-panel .scroll-pane")
                .queryAs(ScrollPane.class)
                .setVvalue(1));
        settle();
        robot.clickOn("#copy-gbt-heilongjiang-border-opening");
        assertEquals(
                CitationFormatter.gbt7714(
                        window.state()
                                .atlas()
                                .source("heilongjiang-border-opening")
                                .orElseThrow(),
                        Messages.english()),
                clipboard(robot));
    }

    @Test
    void theMapBackgroundAndTheButtonOpenTheProvinceWithItsStackedTradeChart(FxRobot robot) {
        settle();
        robot.clickOn("#province-button");
        settle();
        assertEquals(
                "Heilongjiang Province",
                robot.lookup("#detail-title").queryAs(Label.class).getText());
        robot.clickOn("#detail-close");
        assertTrue(robot.lookup("#detail-title").tryQuery().isEmpty());
        // The Pacific east of Japan: no place or route under the centre, only the map background.
        UiTestSupport.interact(() -> window.mapPane().map().setView(33, 152, 7));
        settle();
        var b = window.mapPane()
                .map()
                .node()
                .localToScreen(window.mapPane().map().node().getBoundsInLocal());
        robot.clickOn(b.getCenterX(), b.getCenterY());
        settle();
        assertEquals(
                "Heilongjiang Province",
                robot.lookup("#detail-title").queryAs(Label.class).getText());
        UiTestSupport.interact(() -> robot.lookup("#card-song2019-t4-hlj-russia-trade")
                .queryAs(TitledPane.class)
                .setExpanded(true));
        settle();
        assertTrue(robot.lookup("#card-song2019-t4-hlj-russia-trade .stacked-bar-chart")
                .tryQuery()
                .isPresent());
        assertFalse(
                robot.lookup("#card-song2019-t4-hlj-russia-trade .chart-total-tick")
                        .queryAll()
                        .isEmpty(),
                "printed totals marked");
    }

    @Test
    void routesStayOnTheirPlacesWhenThePanelNarrowsTheMap(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("#province-button");
        var map = window.mapPane().map();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !map.flyingProperty().get());
        settle();
        var route = robot.lookup("#link-longjiang-belt-north").queryAs(Polyline.class);
        var harbin = robot.lookup("#place-harbin").queryAs(Node.class);
        var start =
                route.localToScene(route.getPoints().get(0), route.getPoints().get(1));
        var b = harbin.localToScene(harbin.getBoundsInLocal());
        double dx = start.getX() - (b.getMinX() + b.getMaxX()) / 2, dy = start.getY() - (b.getMinY() + b.getMaxY()) / 2;
        assertTrue(Math.hypot(dx, dy) < 3, "the corridor starts at Harbin's symbol, off by " + dx + ", " + dy);
    }

    @Test
    void csvIsCopiedWithItsSourceAndSeriesCanBeCompared(FxRobot robot) {
        UiTestSupport.interact(() -> window.state().select("heilongjiang"));
        UiTestSupport.interact(() -> robot.lookup("#card-song2019-t4-hlj-russia-trade")
                .queryAs(TitledPane.class)
                .setExpanded(true));
        UiTestSupport.interact(() -> robot.lookup("#card-song2019-t9-hlj-outward-investment")
                .queryAs(TitledPane.class)
                .setExpanded(true));
        settle();
        UiTestSupport.interact(() -> robot.lookup("#copy-csv-song2019-t4-hlj-russia-trade")
                .queryAs(Button.class)
                .fire());
        String csv = clipboard(robot);
        assertTrue(csv.startsWith("# Source: Song Linlin"), csv);
        assertTrue(csv.contains("\r\n2011,18.99,"), csv);
        UiTestSupport.interact(() -> robot.lookup("#compare-song2019-t4-hlj-russia-trade")
                .queryAs(Button.class)
                .fire());
        UiTestSupport.interact(() -> robot.lookup("#compare-song2019-t9-hlj-outward-investment")
                .queryAs(Button.class)
                .fire());
        settle();
        assertTrue(robot.lookup("#detail-compare").tryQuery().isPresent());
        assertTrue(
                window.state().comparedSeries().containsAll(List.of("song2019-t4-export", "song2019-t9-russia")),
                window.state().comparedSeries().toString());
        assertTrue(
                robot.lookup("#detail-compare .dossier-chart").queryAll().size() >= 2,
                "money and shares on separate charts");
        UiTestSupport.interact(() -> window.state().clearSelection());
        settle();
        assertTrue(
                robot.lookup("#detail-compare").tryQuery().isPresent(), "the comparison stays when the dossier closes");
        robot.clickOn("#compare-clear");
        settle();
        assertTrue(robot.lookup("#detail-panel").queryAs(Node.class).isVisible() == false);
    }

    @Test
    void theMoneySwitchConvertsChartsWithTheRateAndKeepsTheTableAsPrinted(FxRobot robot) {
        UiTestSupport.interact(() -> window.state().select("heilongjiang"));
        settle();
        UiTestSupport.interact(
                () -> robot.lookup("#money-currency").queryAs(ChoiceBox.class).setValue("CNY"));
        settle();
        var card = "#card-song2019-t4-hlj-russia-trade ";
        assertTrue(robot.lookup(card + ".stat-card-unit").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Unit: billion yuan, converted from billion dollars")));
        @SuppressWarnings("unchecked")
        XYChart<String, Number> stacked =
                robot.lookup(card + ".stacked-bar-chart").queryAs(XYChart.class);
        var export2011 = stacked.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().equals("2011"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                4.35 * 6.4588, export2011.getYValue().doubleValue(), 1e-3, "2011 exports at the 2011 average rate");
        UiTestSupport.interact(() -> robot.lookup(card + ".stat-card-view-table")
                .queryAs(ToggleButton.class)
                .fire());
        settle();
        TableView<?> table = robot.lookup(card + ".dossier-table").queryAs(TableView.class);
        assertTrue(
                robot.lookup(card + ".value-cell").queryAllAs(TableCell.class).stream()
                        .anyMatch(c -> "⚠ 4.35".equals(c.getText())),
                "the table keeps the printed value");
        assertFalse(table.getItems().isEmpty());
    }

    @Test
    void clickingAPolicySetsTheYearAndChartsMarkIt(FxRobot robot) {
        UiTestSupport.interact(() -> window.state().select("heilongjiang"));
        settle();
        UiTestSupport.interact(() -> robot.lookup("#event-longjiang-silk-road-belt")
                .queryAs(Hyperlink.class)
                .fire());
        settle();
        assertEquals(2014, window.state().yearProperty().get());
        UiTestSupport.interact(() -> robot.lookup("#card-song2019-t4-hlj-russia-trade")
                .queryAs(TitledPane.class)
                .setExpanded(true));
        settle();
        assertTrue(robot.lookup("#card-song2019-t4-hlj-russia-trade .chart-mark-line.selected-year").queryAll().stream()
                .anyMatch(Node::isVisible));
    }
}
