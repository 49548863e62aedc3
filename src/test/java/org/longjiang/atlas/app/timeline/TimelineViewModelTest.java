package org.longjiang.atlas.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.PolicyEvent;

/** The time bar's logic with a clock the test steps by hand: play, speed, wrap-around, policies in force. */
class TimelineViewModelTest {
    /** A clock that ticks only when the test says so. */
    static final class ManualClock implements PlayClock {
        Runnable tick;
        double rate;

        @Override
        public void start(double perSecond, Runnable tick) {
            this.tick = tick;
            this.rate = perSecond;
        }

        @Override
        public void setRate(double perSecond) {
            rate = perSecond;
        }

        @Override
        public void stop() {
            tick = null;
        }

        void fire(int times) {
            for (int i = 0; i < times; i++) tick.run();
        }
    }

    final AtlasState state = new AtlasState(AtlasLoader.loadBundled());
    final ManualClock clock = new ManualClock();
    final TimelineViewModel model = new TimelineViewModel(state, clock);

    @Test
    void playFromTodayStartsAtTheFirstPolicyYearAndStepsOneYearATick() {
        int first = model.playStart();
        assertEquals(
                state.atlas().events().stream()
                        .mapToInt(e -> e.date().year())
                        .min()
                        .orElseThrow(),
                first);
        model.play();
        assertTrue(model.playingProperty().get());
        assertEquals(first, state.yearProperty().get());
        clock.fire(3);
        assertEquals(first + 3, state.yearProperty().get());
        model.pause();
        assertFalse(model.playingProperty().get());
        assertNull(clock.tick, "the clock is stopped");
    }

    @Test
    void playGoesOnFromTheYearShownAndWrapsAfterTheLastYear() {
        state.setYear(model.lastYear() - 1);
        model.togglePlay();
        clock.fire(1);
        assertEquals(model.lastYear(), state.yearProperty().get());
        clock.fire(1);
        assertEquals(model.playStart(), state.yearProperty().get(), "after the last year: back to the first");
        model.togglePlay();
        assertFalse(model.playingProperty().get());
    }

    @Test
    void theSpeedReachesTheClock() {
        model.rateProperty().set(2);
        model.play();
        assertEquals(2, clock.rate);
        model.rateProperty().set(0.5);
        assertEquals(0.5, clock.rate);
    }

    @Test
    void aPolicyOpensItsYearAndWhatItConcerns() {
        PolicyEvent belt = state.atlas().events().stream()
                .filter(e -> e.id().equals("longjiang-silk-road-belt"))
                .findFirst()
                .orElseThrow();
        model.open(belt);
        assertEquals(belt.date().year(), state.yearProperty().get());
        assertEquals(
                belt.subjects().stream()
                        .filter(id -> state.atlas().subject(id).isPresent())
                        .findFirst(),
                state.selectedId());
        assertEquals(Optional.of(belt.subjects().get(0)), state.selectedId());
    }

    @Test
    void policiesInForceAreTheLatestUpToTheYear() {
        var inForce = model.inForce(2016, 4);
        assertEquals(4, inForce.size());
        assertTrue(inForce.stream().allMatch(e -> e.date().year() <= 2016), inForce.toString());
    }
}
