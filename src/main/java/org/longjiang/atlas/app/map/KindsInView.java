package org.longjiang.atlas.app.map;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The kinds a layer has on screen after its last layout, for a legend that lists only what is visible. */
final class KindsInView {
    private final ObservableSet<String> kinds = FXCollections.observableSet(new LinkedHashSet<>());
    /** Made once: the wrapper listens to the set weakly, so a fresh wrapper per call would lose listeners. */
    private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(kinds);

    /** Replaces the set, touching it only when it changed (layout runs on every pan). */
    void update(Set<String> now) {
        if (!kinds.equals(now)) {
            kinds.retainAll(now);
            kinds.addAll(now);
        }
    }

    ObservableSet<String> view() {
        return readOnly;
    }
}
