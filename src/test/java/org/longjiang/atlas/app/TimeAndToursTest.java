package org.longjiang.atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Polyline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.app.timeline.TimelineBar;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.TourFiles;
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
        TimelineBar bar = robot.lookup("#timeline-bar").queryAs(TimelineBar.class);
        UiTestSupport.interact(() -> slider.setValue(bar.positionOf(2010)));
        settle();
        assertEquals(2010, window.state().yearProperty().get());
        assertTrue(drawn(robot, "mohe-daqing-oil-pipeline"), "begun in 2009");
        assertFalse(
                robot.lookup(".link-line.kind-pipeline_oil.status-under_construction")
                        .queryAll()
                        .isEmpty(),
                "drawn under construction: it opened in 2011");
        assertFalse(drawn(robot, "power-of-siberia-gas-pipeline"), "agreed only in 2014");
        assertEquals("2010", robot.lookup("#year-label").queryAs(Label.class).getText());
        UiTestSupport.interact(() -> slider.setValue(bar.positionOf(2011)));
        settle();
        assertTrue(robot.lookup(".link-line.kind-pipeline_oil.status-under_construction")
                .queryAll()
                .isEmpty());
        assertFalse(robot.lookup(".link-line.kind-pipeline_oil.status-operating")
                .queryAll()
                .isEmpty());
        robot.clickOn("#year-today");
        settle();
        assertNull(window.state().yearProperty().get());
        assertTrue(drawn(robot, "power-of-siberia-gas-pipeline"));
    }

    @Test
    void aBridgeIsDrawnProposedThenUnderConstructionBeforeItOpens(FxRobot robot) {
        UiTestSupport.interact(() -> window.state().setYear(2010));
        settle();
        var bridge = robot.lookup("#link-heihe-blagoveshchensk-bridge").queryAs(Polyline.class);
        assertTrue(bridge.isVisible(), "agreed in 1995: drawn as proposed");
        assertFalse(robot.lookup(".link-line.kind-bridge.status-proposed")
                .queryAll()
                .isEmpty());
        UiTestSupport.interact(() -> window.state().setYear(2016));
        settle();
        assertFalse(
                robot.lookup(".link-line.kind-bridge.status-under_construction")
                        .queryAll()
                        .isEmpty(),
                "construction began in December 2016");
        assertTrue(robot.lookup("#legend-status-under_construction").tryQuery().isPresent(), "named in the legend");
    }

    @Test
    void comparingTwoYearsHighlightsAndListsTheChangesWithTheirDates(FxRobot robot) {
        UiTestSupport.interact(() -> window.state().setYear(2023));
        robot.clickOn("#compare-toggle");
        settle();
        assertEquals(2013, window.state().compareFromProperty().get(), "the Belt and Road year by default");
        var changes = robot.lookup("#timeline-changes .hyperlink").queryAllAs(Hyperlink.class);
        var bridge = robot.lookup("#change-tongjiang-nizhneleninskoye-bridge")
                .queryAs(Hyperlink.class)
                .getText();
        assertTrue(bridge.startsWith("November 2022 · "), bridge);
        assertTrue(bridge.contains("proposed → operating"), bridge);
        assertTrue(changes.size() > 10, "dozens of records changed between 2013 and 2023");
        assertFalse(robot.lookup(".link-line.change-new").queryAll().isEmpty(), "new routes are highlighted");
        assertFalse(robot.lookup(".link-line.change-changed").queryAll().isEmpty(), "the bridges changed status");
        robot.clickOn("#compare-toggle");
        settle();
        assertEquals(null, window.state().compareFromProperty().get());
        assertTrue(robot.lookup(".link-line.change-new").queryAll().isEmpty());
    }

    @Test
    void clickingAPolicyMovesTheSliderAndSelectsWhatItConcerns(FxRobot robot) {
        UiTestSupport.interact(() -> window.state().setYear(2016));
        settle();
        PolicyEvent latest = window.timeline().viewModel().inForce(2016, 1).get(0);
        UiTestSupport.interact(() -> robot.lookup("#in-force-" + latest.id())
                .queryAs(Hyperlink.class)
                .fire());
        settle();
        int year = latest.date().year();
        assertEquals(year, window.state().yearProperty().get());
        TimelineBar bar = robot.lookup("#timeline-bar").queryAs(TimelineBar.class);
        assertEquals(
                year,
                bar.yearAt(robot.lookup("#year-slider").queryAs(Slider.class).getValue()));
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
        UiTestSupport.interact(() -> {
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

    /** How the installed atlas opens a double-clicked tour file: the launcher hands the path to the window. */
    @Test
    void aTourFileGivenAtStartIsPresented(FxRobot robot, @TempDir Path dir) throws Exception {
        settle();
        var tour = window.state().atlas().tour("three-bridges-one-island").orElseThrow();
        Path file = dir.resolve("bridges." + TourFiles.EXTENSION);
        try (OutputStream out = Files.newOutputStream(file)) {
            TourFiles.write(out, List.of(tour));
        }
        UiTestSupport.interact(() -> window.openTour(file.toFile()));
        settle();
        assertTrue(window.state().presentingProperty().get(), "the tour is presented");
        assertEquals(tour.id(), window.tours().tourProperty().get().id());
        assertEquals(
                "1 / 5  ·  2016",
                robot.lookup("#tour-counter").queryAs(Label.class).getText());
        robot.type(KeyCode.ESCAPE);
        settle();
    }
}
