package org.longjiang.atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Polyline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.testfx.api.FxRobot;

/** The time bar and the classroom: the slider rebuilds the network, policies move it, tours step with clicker keys. */
class TimeAndToursTest extends AtlasWindowFixture {

    @BeforeAll
    static void openWindow() throws Exception {
        open(AtlasLoader.loadBundled());
    }

    private boolean drawn(FxRobot robot, String link) {
        return robot.lookup("#link-" + link).queryAs(Polyline.class).isVisible();
    }

    @Test
    void movingTheSliderHidesAndShowsRoutes(FxRobot robot) {
        settle();
        assertTrue(drawn(robot, "mohe-daqing-oil-pipeline"), "today: the oil pipeline is drawn");
        Slider slider = robot.lookup("#year-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(2010));
        settle();
        assertEquals(2010, window.state().yearProperty().get());
        assertFalse(drawn(robot, "mohe-daqing-oil-pipeline"), "the pipeline opened in 2011");
        assertFalse(drawn(robot, "power-of-siberia-gas-pipeline"));
        assertEquals("2010", robot.lookup("#year-label").queryAs(Label.class).getText());
        robot.interact(() -> slider.setValue(2011));
        settle();
        assertTrue(drawn(robot, "mohe-daqing-oil-pipeline"));
        robot.clickOn("#year-today");
        settle();
        assertNull(window.state().yearProperty().get());
        assertTrue(drawn(robot, "power-of-siberia-gas-pipeline"));
    }

    @Test
    void aPlannedRouteIsDrawnAsPlannedBeforeItOpens(FxRobot robot) {
        robot.interact(() -> window.state().setYear(2016));
        settle();
        var bridge = robot.lookup("#link-heihe-blagoveshchensk-bridge").queryAs(Polyline.class);
        assertTrue(bridge.isVisible());
        var line = robot.lookup(".link-line.kind-bridge.status-planned").queryAll();
        assertFalse(line.isEmpty(), "drawn in the planned style in 2016");
    }

    @Test
    void clickingAPolicyMovesTheSliderAndSelectsWhatItConcerns(FxRobot robot) {
        robot.interact(() -> window.state().setYear(2016));
        settle();
        PolicyEvent latest = window.timeline().viewModel().inForce(2016, 1).get(0);
        robot.interact(() -> robot.lookup("#in-force-" + latest.id())
                .queryAs(Hyperlink.class)
                .fire());
        settle();
        int year = latest.date().year();
        assertEquals(year, window.state().yearProperty().get());
        assertEquals(year, (int)
                Math.round(robot.lookup("#year-slider").queryAs(Slider.class).getValue()));
        assertEquals(
                latest.subjects().stream()
                        .filter(id -> window.state().atlas().subject(id).isPresent())
                        .findFirst(),
                window.state().selectedId(),
                "what the policy concerns is selected");
    }

    @Test
    void presentationKeysStepThroughATourAndEscLeaves(FxRobot robot) {
        settle();
        var tour = window.state().atlas().tour("three-bridges-one-island").orElseThrow();
        robot.interact(() -> {
            window.presentation().enter();
            window.tours().start(tour);
        });
        settle();
        assertTrue(window.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("presentation")));
        assertNull(window.getTop(), "chrome hidden");
        assertEquals(
                "1 / 5  ·  2016",
                robot.lookup("#tour-counter").queryAs(Label.class).getText());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(2, window.tours().indexProperty().get());
        assertEquals("heihe-blagoveshchensk-bridge", window.state().selectedId().orElseThrow());
        assertEquals(2022, window.state().yearProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(1, window.tours().indexProperty().get());
        robot.type(KeyCode.RIGHT, 10);
        assertEquals(4, window.tours().indexProperty().get(), "the last stop holds");
        robot.type(KeyCode.ESCAPE);
        settle();
        assertFalse(window.state().presentingProperty().get());
        assertTrue(window.getTop() != null, "chrome back");
        assertNull(window.state().yearProperty().get(), "the year before the tour is given back");
    }
}
