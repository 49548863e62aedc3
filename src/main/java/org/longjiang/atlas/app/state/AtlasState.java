package org.longjiang.atlas.app.state;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Atlas;

/**
 * What the whole window shares: the loaded atlas, the selection and the language. Panels read
 * its properties and change it only through its command methods; they never call each other.
 */
public final class AtlasState {
    /** The subject of the selection: a place or a link id. */
    public record Selection(String id) {}

    private final ReadOnlyObjectWrapper<LoadResult> content;
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    /** A request to bring a subject into view; a new object each time, so repeats still fire. */
    public static final class FocusRequest {
        private final String id;

        FocusRequest(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final ReadOnlyObjectWrapper<FocusRequest> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(this, "language", "en");

    private final javafx.collections.ObservableSet<String> hiddenKinds =
            javafx.collections.FXCollections.observableSet();
    private final javafx.collections.ObservableSet<String> hiddenKindsView =
            javafx.collections.FXCollections.unmodifiableObservableSet(hiddenKinds);

    /** The year the map shows the network as of; null means today (everything with its current status). */
    private final javafx.beans.property.ReadOnlyObjectWrapper<Integer> year =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "year");

    /** Series the user put side by side on one chart, in the order they were added. */
    private final javafx.collections.ObservableList<String> compared =
            javafx.collections.FXCollections.observableArrayList();

    private final javafx.collections.ObservableList<String> comparedView =
            javafx.collections.FXCollections.unmodifiableObservableList(compared);

    /** A request to show a view (a tour stop): a new object each time, so the same stop can be shown twice. */
    public record ViewRequest(double lat, double lon, double zoom) {}

    private final ReadOnlyObjectWrapper<ViewRequest> viewRequest = new ReadOnlyObjectWrapper<>(this, "viewRequest");
    private final javafx.beans.property.ReadOnlyBooleanWrapper presenting =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "presenting");

    public AtlasState(LoadResult content) {
        this.content = new ReadOnlyObjectWrapper<>(this, "content", content);
    }

    public Atlas atlas() {
        return content.get().atlas();
    }

    public ReadOnlyObjectProperty<LoadResult> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Optional<String> selectedId() {
        return Optional.ofNullable(selection.get()).map(Selection::id);
    }

    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    /** Selects a place or link; an id the atlas does not know clears the selection. */
    public void select(String id) {
        selection.set(atlas().subject(id).map(s -> new Selection(s.id())).orElse(null));
    }

    /** Selects a subject and asks the map to bring it into view (search, links in the panel). */
    public void focus(String id) {
        select(id);
        selectedId().ifPresent(s -> focusRequest.set(new FocusRequest(s)));
    }

    public ReadOnlyObjectProperty<FocusRequest> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** The place and link kinds the user switched off (ids such as {@code air} or {@code border_port}). */
    public javafx.collections.ObservableSet<String> hiddenKinds() {
        return hiddenKindsView;
    }

    public void setKindVisible(String kind, boolean visible) {
        if (visible) hiddenKinds.remove(kind);
        else hiddenKinds.add(kind);
    }

    public void clearSelection() {
        selection.set(null);
    }

    public void setLanguage(String lang) {
        language.set(lang);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Integer> yearProperty() {
        return year.getReadOnlyProperty();
    }

    /** Shows the network as it stood in {@code y}; null returns to today. */
    public void setYear(Integer y) {
        year.set(y);
    }

    /** The earlier year the map compares the year shown with (what is new, changed or stopped since); null for none. */
    private final ReadOnlyObjectWrapper<Integer> compareFrom = new ReadOnlyObjectWrapper<>(this, "compareFrom");

    public ReadOnlyObjectProperty<Integer> compareFromProperty() {
        return compareFrom.getReadOnlyProperty();
    }

    /** Compares the year shown with {@code y}; null stops comparing. */
    public void setCompareFrom(Integer y) {
        compareFrom.set(y);
    }

    /** The ids of the series in the comparison. */
    public javafx.collections.ObservableList<String> comparedSeries() {
        return comparedView;
    }

    /** Adds series to the comparison; ids already there or unknown to the atlas are ignored. */
    public void compare(java.util.Collection<String> seriesIds) {
        seriesIds.stream()
                .filter(id -> atlas().seriesById(id).isPresent() && !compared.contains(id))
                .distinct()
                .forEach(compared::add);
    }

    public void uncompare(String seriesId) {
        compared.remove(seriesId);
    }

    public void clearComparison() {
        compared.clear();
    }

    /** Asks the map to fly to a view. */
    public void showView(double lat, double lon, double zoom) {
        viewRequest.set(new ViewRequest(lat, lon, zoom));
    }

    public ReadOnlyObjectProperty<ViewRequest> viewRequestProperty() {
        return viewRequest.getReadOnlyProperty();
    }

    /** Shows exactly these kinds (all when the list is empty), for a tour stop's layers. */
    public void showOnlyKinds(java.util.Collection<String> kinds, java.util.Collection<String> allKinds) {
        if (kinds.isEmpty()) {
            hiddenKinds.clear();
        } else {
            allKinds.forEach(k -> setKindVisible(k, kinds.contains(k)));
        }
    }

    /** Whether the window is in presentation mode (full screen, large type, chrome hidden). */
    public javafx.beans.property.ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public void setPresenting(boolean on) {
        presenting.set(on);
    }

    private final ReadOnlyStringWrapper mappedStatistic = new ReadOnlyStringWrapper(this, "mappedStatistic");

    /** The printed column the map sizes partner places by (see {@code MappedStatistics}), or null for none. */
    public ReadOnlyStringProperty mappedStatisticProperty() {
        return mappedStatistic.getReadOnlyProperty();
    }

    public void setMappedStatistic(String id) {
        mappedStatistic.set(id);
    }
}
