package org.longjiang.atlas.app.state;

import java.util.Collection;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Atlas;

/**
 * What the whole window shares. Lasting state is read-only properties (content, selection,
 * language, year, hidden layers, comparison, mapped statistic, presentation); it changes only
 * through the commands below. One-off requests to the map go through {@link #mapRequests()}.
 * Features read this and call its commands; they never call each other.
 */
public final class AtlasState {
    /** The subject of the selection: a place or a link id. */
    public record Selection(String id) {}

    // Lasting state
    private final ReadOnlyObjectWrapper<LoadResult> content;
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(this, "language", "en");
    /** The year the map shows the network as of; null means today. */
    private final ReadOnlyObjectWrapper<Integer> year = new ReadOnlyObjectWrapper<>(this, "year");

    private final ObservableSet<String> hiddenKinds = FXCollections.observableSet();
    private final ObservableSet<String> hiddenKindsView = FXCollections.unmodifiableObservableSet(hiddenKinds);
    /** Series the user put side by side on one chart, in the order they were added. */
    private final ObservableList<String> compared = FXCollections.observableArrayList();

    private final ObservableList<String> comparedView = FXCollections.unmodifiableObservableList(compared);
    private final ReadOnlyStringWrapper mappedStatistic = new ReadOnlyStringWrapper(this, "mappedStatistic");
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");

    // One-off requests
    private final RequestStream<MapRequest> mapRequests = new RequestStream<>();

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

    public ReadOnlyObjectProperty<Integer> yearProperty() {
        return year.getReadOnlyProperty();
    }

    /** The place and link kinds the user switched off (ids such as {@code air} or {@code border_port}). */
    public ObservableSet<String> hiddenKinds() {
        return hiddenKindsView;
    }

    /** The ids of the series in the comparison. */
    public ObservableList<String> comparedSeries() {
        return comparedView;
    }

    /** The printed column the map sizes partner places by (see {@code MappedStatistics}), or null for none. */
    public ReadOnlyStringProperty mappedStatisticProperty() {
        return mappedStatistic.getReadOnlyProperty();
    }

    /** Whether the window is in presentation mode (full screen, large type, chrome hidden). */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The requests to the map (fly to a subject, show a view), for the map to carry out. */
    public RequestStream<MapRequest> mapRequests() {
        return mapRequests;
    }

    // Commands

    /** Selects a place or link; an id the atlas does not know clears the selection. */
    public void select(String id) {
        selection.set(atlas().subject(id).map(s -> new Selection(s.id())).orElse(null));
    }

    /** Selects a subject and asks the map to bring it into view (search, links in the panel). */
    public void focus(String id) {
        select(id);
        selectedId().ifPresent(s -> mapRequests.send(new MapRequest.Focus(s)));
    }

    public void clearSelection() {
        selection.set(null);
    }

    public void setLanguage(String lang) {
        language.set(lang);
    }

    /** Shows the network as it stood in {@code y}; null returns to today. */
    public void setYear(Integer y) {
        year.set(y);
    }

    public void setKindVisible(String kind, boolean visible) {
        if (visible) hiddenKinds.remove(kind);
        else hiddenKinds.add(kind);
    }

    /** Shows exactly these kinds (all when the list is empty), for a tour stop's layers. */
    public void showOnlyKinds(Collection<String> kinds, Collection<String> allKinds) {
        if (kinds.isEmpty()) {
            hiddenKinds.clear();
        } else {
            allKinds.forEach(k -> setKindVisible(k, kinds.contains(k)));
        }
    }

    /** Adds series to the comparison; ids already there or unknown to the atlas are ignored. */
    public void compare(Collection<String> seriesIds) {
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

    public void setMappedStatistic(String id) {
        mappedStatistic.set(id);
    }

    public void setPresenting(boolean on) {
        presenting.set(on);
    }

    /** Asks the map to fly to a view. */
    public void showView(Viewport view) {
        mapRequests.send(new MapRequest.Show(view));
    }
}
