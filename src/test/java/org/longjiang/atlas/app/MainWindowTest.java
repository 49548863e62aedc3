package org.longjiang.atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.map.AtlasMap;
import org.longjiang.atlas.app.map.OfflineTileRetriever;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.io.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends AtlasWindowFixture {
    @BeforeAll
    static void openWindow() throws Exception {
        open(Fixtures.load("good"));
    }

    @Test
    void startsOnTheOfflineBasemapWithoutTouchingTheNetwork() throws Exception {
        UiTestSupport.settle();
        assertTrue(TileService.shared().awaitIdle(30_000));
        UiTestSupport.settle();
        assertInstanceOf(
                OfflineTileRetriever.class, TileRetrieverProvider.getInstance().load());
        assertFalse(UiTestSupport.isLoaded("com.gluonhq.impl.maps.tile.osm.CachedOsmTileRetriever"));
        assertFalse(UiTestSupport.isLoaded("com.gluonhq.impl.maps.tile.osm.OsmTileRetriever"));
        assertEquals(List.of(), UiTestSupport.NETWORK_ATTEMPTS);
        assertEquals(Framing.HOME.zoom(), window.mapPane().map().zoom(), 1e-9);
        assertFalse(window.problemsButton().isVisible(), "good data: no problems indicator");
    }

    @Test
    void clickingHarbinOpensItsPanel(FxRobot robot) {
        settle();
        robot.clickOn("#place-harbin");
        Label title = robot.lookup("#detail-title").queryAs(Label.class);
        assertEquals("Harbin", title.getText());
        assertTrue(robot.lookup(".detail-names").queryAs(Label.class).getText().contains("哈尔滨"));
        assertTrue(robot.lookup(".detail-source").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Heilongjiang Province's Engagement in BRI")));
        assertTrue(robot.lookup(".source-locators").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("§2.1")));
        robot.clickOn("#detail-close");
        assertTrue(robot.lookup("#detail-title").tryQuery().isEmpty());
    }

    @Test
    void borderPortPanelLeadsToItsCounterpart(FxRobot robot) {
        UiTestSupport.interact(() -> window.mapPane().map().setView(50.26, 127.5, 8));
        settle();
        robot.clickOn("#place-heihe");
        assertEquals("Heihe", robot.lookup("#detail-title").queryAs(Label.class).getText());
        robot.clickOn("#related-blagoveshchensk");
        assertEquals(
                "Blagoveshchensk",
                robot.lookup("#detail-title").queryAs(Label.class).getText());
    }

    @Test
    void keyboardPansAndZoomsWithinLimits(FxRobot robot) {
        AtlasMap map = window.mapPane().map();
        UiTestSupport.interact(() -> map.node().requestFocus());
        double lon0 = map.centerLonProperty().get();
        robot.type(KeyCode.RIGHT);
        assertTrue(map.centerLonProperty().get() > lon0 + 1, "right arrow moves east");
        robot.type(KeyCode.EQUALS);
        assertEquals(Framing.HOME.zoom() + 1, map.zoom(), 1e-9);
        for (int i = 0; i < 20; i++) robot.type(KeyCode.MINUS);
        assertEquals(Framing.MIN_ZOOM, map.zoom(), 1e-9, "clamped at the minimum");
        robot.type(KeyCode.HOME);
        assertEquals(Framing.HOME.zoom(), map.zoom(), 1e-9);
        assertEquals(Framing.HOME.lat(), map.centerLatProperty().get(), 0.05);
    }

    @Test
    void zoomButtonsAndHome(FxRobot robot) {
        settle();
        AtlasMap map = window.mapPane().map();
        robot.clickOn("#map-zoom-in");
        robot.clickOn("#map-zoom-in");
        assertEquals(Framing.HOME.zoom() + 2, map.zoom(), 1e-9);
        robot.clickOn("#map-home");
        assertEquals(Framing.HOME.zoom(), map.zoom(), 1e-9);
    }

    @Test
    void searchInChineseFliesToThePlace(FxRobot robot) throws Exception {
        robot.clickOn("#search").write("黑河").type(KeyCode.ENTER);
        AtlasMap map = window.mapPane().map();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !map.flyingProperty().get() && map.zoom() == 7);
        settle();
        assertEquals(50.245, map.centerLatProperty().get(), 0.05);
        assertEquals(127.488, map.centerLonProperty().get(), 0.05);
        assertEquals(7, map.zoom(), 1e-9);
        assertEquals("Heihe", robot.lookup("#detail-title").queryAs(Label.class).getText());
    }

    @Test
    void legendListsWhatIsOnScreenAndSwitchesLayers(FxRobot robot) {
        settle();
        var air = robot.lookup("#link-harbin-yekaterinburg-air").queryAs(Polyline.class);
        assertTrue(air.isVisible());
        assertTrue(robot.lookup("#legend-air").tryQuery().isPresent());
        assertTrue(robot.lookup("#legend-island").tryQuery().isEmpty(), "no island in the data, none in the legend");
        robot.clickOn("#legend-air");
        assertFalse(air.isVisible());
        assertTrue(
                robot.lookup("#legend-air").queryAs(Label.class).getStyleClass().contains("legend-off"));
        robot.clickOn("#legend-air");
        assertTrue(air.isVisible());
    }

    @Test
    void clickingARouteOpensItsPanel(FxRobot robot) {
        settle();
        var rail = robot.lookup("#link-harbin-heihe-rail").queryAs(Polyline.class);
        var b = rail.localToScreen(rail.getBoundsInLocal());
        // the course's middle waypoint (47.2 N 127.0 E) lies on the line
        var pts = rail.getPoints();
        var p = rail.localToScreen(pts.get(2), pts.get(3));
        robot.clickOn(p.getX(), p.getY());
        assertEquals(
                "Harbin–Heihe railway",
                robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertTrue(b.getHeight() > 50);
    }

    @Test
    void switchingLanguageRelabelsTheMapAndThePanel(FxRobot robot) {
        settle();
        robot.clickOn("#place-harbin");
        UiTestSupport.interact(
                () -> robot.lookup("#language").queryAs(ChoiceBox.class).setValue("zh"));
        UiTestSupport.settle();
        assertEquals("哈尔滨", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".place-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("哈尔滨")));
        UiTestSupport.interact(
                () -> robot.lookup("#language").queryAs(ChoiceBox.class).setValue("ru"));
        assertEquals(
                "Харбин", robot.lookup("#detail-title").queryAs(Label.class).getText());
    }

    @Test
    void malformedDataShowsTheProblemsIndicator(FxRobot robot) throws Exception {
        Stage other = HeadlessFx.call(Stage::new);
        MainWindow bad = HeadlessFx.call(() -> {
            MainWindow w = AtlasApp.build(TaskRunner.synchronous(), Fixtures.load("malformed"));
            other.setScene(new Scene(w, 1280, 800));
            other.show();
            return w;
        });
        try {
            assertTrue(bad.problemsButton().isVisible());
            assertEquals(
                    "31 data problems",
                    bad.problemsButton().getText(),
                    "23 in the records, 6 missing translations and 2 undated records no paper names");
            assertTrue(
                    bad.problemsButton().lines().stream().anyMatch(l -> l.startsWith("places.json › nowhere › lat:")));
            UiTestSupport.interact(() -> bad.problemsButton().fire());
            assertTrue(robot.lookup("#data-problems-list").tryQuery().isPresent());
        } finally {
            UiTestSupport.interact(other::close);
        }
    }
}
