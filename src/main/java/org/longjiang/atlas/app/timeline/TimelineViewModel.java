package org.longjiang.atlas.app.timeline;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.export.HistoryText;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.query.Change;
import org.longjiang.atlas.core.query.YearComparison;
import org.longjiang.atlas.core.query.YearFilter;

/**
 * What the time bar needs, without the toolkit: its range and scale, the events to tick, those in
 * force in a year, the play steps, and the changes between a year compared with and the year shown.
 */
public final class TimelineViewModel {
    /** The default year to compare with: the Belt and Road Initiative was proposed in 2013. */
    static final int DEFAULT_FROM = 2013;

    private final AtlasState state;
    private final PlayClock clock;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 1);
    private final YearFilter filter;
    private final YearComparison comparison;
    private final int first;
    private final int last;

    public TimelineViewModel(AtlasState state, PlayClock clock) {
        this.state = state;
        this.clock = clock;
        rate.addListener((o, a, b) -> clock.setRate(b.doubleValue()));
        this.filter = new YearFilter(state.atlas());
        this.comparison = new YearComparison(state.atlas(), filter);
        this.first = filter.firstYear();
        this.last = Math.max(
                filter.today(),
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

    /** The track from the decade of the first dated change to the last year, the years before 1990 compressed. */
    YearScale scale() {
        return new YearScale(Math.floorDiv(first, 10) * 10, last);
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

    /** The year shown: the state's, or the last year when it shows today. */
    public int shownYear() {
        Integer y = state.yearProperty().get();
        return y == null ? filter.today() : y;
    }

    /** A year to compare with, earlier than the one shown: 2013 when that is earlier, else ten years back. */
    public int defaultFrom() {
        int shown = shownYear();
        return DEFAULT_FROM < shown ? DEFAULT_FROM : Math.max(first, shown - 10);
    }

    /** One line of the list of changes, and the record it is about. */
    public record ChangeLine(String id, String text, String kind) {}

    /** What changed between the compared year and the year shown, oldest first; empty unless comparing an earlier year. */
    public List<ChangeLine> changes(String lang) {
        Integer from = state.compareFromProperty().get();
        int to = shownYear();
        if (from == null || from >= to) return List.of();
        Messages m = Messages.of(lang);
        HistoryText history = new HistoryText(state.atlas(), filter, m);
        return comparison.changes(from, to).stream()
                .map(c -> new ChangeLine(
                        c.subject().id(), line(c, m, history), c.kind().id()))
                .toList();
    }

    /** "November 2022 · Tongjiang–Nizhneleninskoye railway bridge: under construction → operating (general knowledge: …)". */
    private String line(Change c, Messages m, HistoryText history) {
        String date =
                c.date().map(d -> HistoryText.dated(d, c.qualifier(), m, false)).orElse("—");
        String fromStatus = c.from().map(s -> m.get("status." + s.id())).orElse(m.get("change.absent"));
        String toStatus = c.to().map(s -> m.get("status." + s.id())).orElse(m.get("change.absent"));
        String text = m.get("change.line", date, m.text(c.subject().names()), fromStatus, toStatus);
        if (!c.cause().equals(c.subject().id()))
            text = m.get(
                    "change.via",
                    text,
                    state.atlas().subject(c.cause()).map(s -> m.text(s.names())).orElse(c.cause()));
        String sources = history.cites(c.sources());
        return sources.isEmpty() ? text : m.get("change.sourced", text, sources);
    }
}
