package org.longjiang.atlas.app.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.model.Kinds;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.model.TourStop;

/**
 * Plays a tour: shows one stop at a time by setting the year, the layers, the selection and
 * the view on the shared state; and records the user's own tour, one view at a time.
 */
public final class TourPlayer {
    static final List<String> ALL_KINDS = Kinds.ALL;

    private final AtlasState state;
    private final ReadOnlyObjectWrapper<Tour> tour = new ReadOnlyObjectWrapper<>(this, "tour");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final List<TourStop> recorded = new ArrayList<>();
    private Integer yearBefore;
    private Set<String> hiddenBefore = Set.of();

    public TourPlayer(AtlasState state) {
        this.state = state;
    }

    public ReadOnlyObjectProperty<Tour> tourProperty() {
        return tour.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public Optional<TourStop> currentStop() {
        Tour t = tour.get();
        return t == null || index.get() < 0
                ? Optional.empty()
                : Optional.of(t.stops().get(index.get()));
    }

    public void start(Tour t) {
        if (tour.get() == null) {
            yearBefore = state.yearProperty().get();
            hiddenBefore = Set.copyOf(state.hiddenKinds());
        }
        tour.set(t);
        show(0);
    }

    /** The next stop; past the last one the tour stays on its last stop. */
    public void next() {
        if (tour.get() != null)
            show(Math.min(index.get() + 1, tour.get().stops().size() - 1));
    }

    public void previous() {
        if (tour.get() != null) show(Math.max(index.get() - 1, 0));
    }

    /** Ends the tour and gives back the year and layers the user had before it. */
    public void stop() {
        if (tour.get() != null) {
            state.setYear(yearBefore);
            ALL_KINDS.forEach(k -> state.setKindVisible(k, !hiddenBefore.contains(k)));
        }
        tour.set(null);
        index.set(-1);
    }

    private void show(int i) {
        TourStop s = tour.get().stops().get(i);
        index.set(i);
        state.setYear(s.year().orElse(null));
        state.showOnlyKinds(s.layers(), ALL_KINDS);
        s.selection().ifPresentOrElse(state::select, state::clearSelection);
        // A stop without a view of its own frames its subject as the window does (core.geo.Framing).
        s.view()
                .ifPresentOrElse(
                        v -> state.showView(new Viewport(v.lat(), v.lon(), v.zoom())),
                        () -> s.selection().ifPresent(state::focus));
    }

    /**
     * Adds the current view, year, visible layers and selection as a stop of the user's own tour. The
     * caption is the user's own text: it is the tour's reference text (English, as tour files need one)
     * and its text in the language the user wrote it in.
     */
    public TourStop record(Viewport view, String caption, String language) {
        List<String> layers = state.hiddenKinds().isEmpty()
                ? List.of()
                : ALL_KINDS.stream()
                        .filter(k -> !state.hiddenKinds().contains(k))
                        .toList();
        TourStop s = new TourStop(
                written(caption, language),
                Optional.of(new TourStop.View(round(view.lat()), round(view.lon()), view.zoom())),
                Optional.ofNullable(state.yearProperty().get()),
                layers,
                state.selectedId());
        recorded.add(s);
        return s;
    }

    /** The user's tour so far, titled in the language the user works in; empty when no stop has been recorded. */
    public Optional<Tour> recordedTour(String title, String language) {
        if (recorded.isEmpty()) return Optional.empty();
        return Optional.of(new Tour("my-tour", written(title, language), LocalizedText.english(""), recorded));
    }

    private static LocalizedText written(String text, String language) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("en", text);
        values.put(language, text);
        return new LocalizedText(values);
    }

    public int recordedStops() {
        return recorded.size();
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }
}
