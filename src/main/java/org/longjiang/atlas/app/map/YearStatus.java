package org.longjiang.atlas.app.map;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.query.Standing;
import org.longjiang.atlas.core.query.YearComparison;
import org.longjiang.atlas.core.query.YearFilter;

/**
 * How a place or route is drawn in the state's year (today when none is set): its status, whether its
 * start date is unknown, and — when comparing with an earlier year — whether it is new, changed or
 * stopped since. Empty when it did not exist then.
 */
final class YearStatus {
    /** The style class of each status, made once: {@link #style} runs for every node on every layout. */
    private static final Map<Status, String> CLASSES = new EnumMap<>(Status.class);

    static {
        for (Status s : Status.values()) CLASSES.put(s, "status-" + s.id());
    }

    private final AtlasState state;
    private final YearFilter filter;
    private final YearComparison comparison;

    YearStatus(AtlasState state) {
        this.state = state;
        this.filter = new YearFilter(state.atlas());
        this.comparison = new YearComparison(state.atlas(), filter);
    }

    /** The year shown: the state's, or today's. */
    int year() {
        Integer y = state.yearProperty().get();
        return y == null ? filter.today() : y;
    }

    Optional<Standing> of(String id) {
        return filter.standing(id, year());
    }

    /** Sets the node's status, date-unknown and change classes for what it shows. */
    void style(Node node, String id, Standing standing) {
        swap(node, "status-", CLASSES.get(standing.status()));
        toggle(node, "date-unknown", standing.dateUnknown());
        Integer from = state.compareFromProperty().get();
        Optional<String> change = from == null || from >= year()
                ? Optional.empty()
                : comparison.kindOf(id, from, year()).map(k -> "change-" + k.id());
        swap(node, "change-", change.orElse(null));
    }

    /** Replaces the node's one class with this prefix; called on every layout, so it touches nothing unchanged. */
    private static void swap(Node node, String prefix, String cls) {
        if (cls != null && node.getStyleClass().contains(cls)) return;
        node.getStyleClass().removeIf(c -> c.startsWith(prefix));
        if (cls != null) node.getStyleClass().add(cls);
    }

    private static void toggle(Node node, String cls, boolean on) {
        if (on != node.getStyleClass().contains(cls)) {
            if (on) node.getStyleClass().add(cls);
            else node.getStyleClass().remove(cls);
        }
    }
}
