package org.longjiang.atlas.app.map;

import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The kinds a layer has on screen after its last layout, for a legend that lists only what is visible. */
final class KindsInView {
    /**
     * One value per layout, so a listener hears one change, not one per kind: the legend is rebuilt
     * once when the first layout puts a dozen kinds on screen.
     */
    private final ReadOnlyObjectWrapper<Set<String>> kinds = new ReadOnlyObjectWrapper<>(Set.of());

    /** Replaces the set, touching it only when it changed (layout runs on every pan). */
    void update(Set<String> now) {
        if (!kinds.get().equals(now)) kinds.set(Set.copyOf(now));
    }

    ReadOnlyObjectProperty<Set<String>> view() {
        return kinds.getReadOnlyProperty();
    }
}
