package org.longjiang.atlas.app.detail;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.dossier.Dossier;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.query.UnitConverter;

/**
 * The dossier panel's state: the dossier of the selected subject in the chosen language and year,
 * the unit money is drawn in, which statistics cards are open and how far the panel is scrolled.
 * The panel binds to these and only draws. Open cards and scroll stay while the same subject is
 * redrawn (another language or year) and start afresh for another subject.
 */
public final class DossierViewModel {
    /** How many statistics cards open expanded; the rest open on a click. */
    static final int EXPANDED_CARDS = 2;

    /** What the panel draws: a dossier as of a language and a year (the charts mark the year). */
    public record Shown(Dossier dossier, String language, Optional<Integer> year) {}

    private final AtlasState state;
    private final DossierBuilder builder;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObjectProperty<UnitConverter.Target> moneyUnit =
            new SimpleObjectProperty<>(this, "moneyUnit", UnitConverter.Target.AS_PRINTED);
    private final ObservableMap<String, Boolean> openCards = FXCollections.observableHashMap();
    private final DoubleProperty scroll = new SimpleDoubleProperty(this, "scroll");

    public DossierViewModel(AtlasState state) {
        this.state = state;
        this.builder = new DossierBuilder(state.atlas());
        state.selectionProperty().addListener((o, a, b) -> rebuild());
        state.languageProperty().addListener((o, a, b) -> rebuild());
        state.yearProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        String lang = state.languageProperty().get();
        Dossier next =
                state.selectedId().flatMap(id -> builder.dossier(id, lang)).orElse(null);
        if (!Objects.equals(
                dossier().map(Dossier::id), Optional.ofNullable(next).map(Dossier::id))) {
            openCards.clear();
            scroll.set(0);
        }
        shown.set(next == null ? null : new Shown(next, lang, year()));
    }

    /** What is shown, or null when nothing is selected; it changes whenever the panel must be redrawn. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Optional<Dossier> dossier() {
        return Optional.ofNullable(shown.get()).map(Shown::dossier);
    }

    public ObjectProperty<UnitConverter.Target> moneyUnitProperty() {
        return moneyUnit;
    }

    /** Whether the card of a printed table is open: as the user left it, else the first few are. */
    public boolean isOpen(String tableId, int index) {
        return openCards.getOrDefault(tableId, index < EXPANDED_CARDS);
    }

    public void setOpen(String tableId, boolean open) {
        openCards.put(tableId, open);
    }

    /** The scroll position of the panel, 0 (top) to 1 (bottom). */
    public DoubleProperty scrollProperty() {
        return scroll;
    }

    public DossierBuilder builder() {
        return builder;
    }

    public String language() {
        return state.languageProperty().get();
    }

    public Optional<Integer> year() {
        return Optional.ofNullable(state.yearProperty().get());
    }
}
