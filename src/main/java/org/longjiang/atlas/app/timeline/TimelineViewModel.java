package org.longjiang.atlas.app.timeline;

import java.time.Year;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.query.YearFilter;

/** What the time bar needs, without the toolkit: its range, the events to tick, those in force in a year, and the play steps. */
public final class TimelineViewModel {
    private final AtlasState state;
    private final PlayClock clock;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 1);
    private final YearFilter filter;
    private final int first;
    private final int last;

    public TimelineViewModel(AtlasState state, PlayClock clock) {
        this.state = state;
        this.clock = clock;
        rate.addListener((o, a, b) -> clock.setRate(b.doubleValue()));
        this.filter = new YearFilter(state.atlas());
        this.first = filter.firstYear();
        this.last = Math.max(
                Year.now().getValue(),
                state.atlas().events().stream()
                        .mapToInt(e -> e.date().year())
                        .max()
                        .orElse(first));
    }

    public int firstYear() {
        return first;
    }

    public int lastYear() {
        return last;
    }

    /** Every dated event, oldest first, for the ticks along the slider. */
    public List<PolicyEvent> events() {
        return state.atlas().events().stream()
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
    }

    /** The latest events up to the year (the policies in force and the openings so far), at most {@code limit}. */
    public List<PolicyEvent> inForce(int year, int limit) {
        return filter.eventsUpTo(year).stream().limit(limit).toList();
    }

    /**
     * Where "play" starts from "today": the first year with a policy event. The oldest dated
     * record (a railway of 1903) lies decades before anything else happens; a user who wants it
     * moves the slider there first, and play goes on from the year shown.
     */
    public int playStart() {
        return state.atlas().events().stream()
                .mapToInt(e -> e.date().year())
                .min()
                .orElse(first);
    }

    /** The year after {@code year} while playing, wrapping from the last year back to the first. */
    public int next(int year) {
        return year >= last ? playStart() : year + 1;
    }

    /** Moves the map to the event's year and selects what it concerns, so the user sees both. */
    public void open(PolicyEvent e) {
        state.setYear(e.date().year());
        e.subjects().stream()
                .filter(id -> state.atlas().subject(id).isPresent())
                .findFirst()
                .ifPresent(state::focus);
    }

    /** Whether the years are playing. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Years a second while playing. */
    public DoubleProperty rateProperty() {
        return rate;
    }

    /** Plays from the year shown, or from {@link #playStart()} when showing today. */
    public void play() {
        if (state.yearProperty().get() == null) state.setYear(playStart());
        playing.set(true);
        clock.start(rate.get(), this::tick);
    }

    public void pause() {
        clock.stop();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) pause();
        else play();
    }

    /** One step of play: the next year. */
    void tick() {
        Integer y = state.yearProperty().get();
        state.setYear(next(y == null ? first - 1 : y));
    }
}
