package org.longjiang.atlas.app.map;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.query.YearFilter;

/** The status a place or route is drawn with in the state's year (its recorded one when no year is set), or none if it did not exist. */
final class YearStatus {
    private final AtlasState state;
    private final YearFilter filter;

    YearStatus(AtlasState state) {
        this.state = state;
        this.filter = new YearFilter(state.atlas());
    }

    Optional<Status> of(String id, Status recorded) {
        Integer year = state.yearProperty().get();
        return year == null ? Optional.of(recorded) : filter.statusIn(id, year);
    }

    /**
     * Marks a route with no opening date of its own as "undated" while a past year is shown: it is
     * drawn because nothing says when it began, which is an assumption, not a fact, so it is drawn faint.
     */
    void markUndated(Node node, boolean hasOpeningDate) {
        boolean undated = state.yearProperty().get() != null && !hasOpeningDate;
        if (undated != node.getStyleClass().contains("undated")) {
            if (undated) node.getStyleClass().add("undated");
            else node.getStyleClass().remove("undated");
        }
    }

    /** The style class of each status, made once: {@link #style} runs for every node on every frame. */
    private static final Map<Status, String> CLASSES = new EnumMap<>(Status.class);

    static {
        for (Status s : Status.values()) CLASSES.put(s, "status-" + s.id());
    }

    /** Swaps the node's {@code status-…} style class for the given status. */
    static void style(Node node, Status status) {
        // Called on every layout: touching the style classes when nothing changed would restyle the node each frame.
        String wanted = CLASSES.get(status);
        if (node.getStyleClass().contains(wanted)) return;
        node.getStyleClass().removeIf(c -> c.startsWith("status-"));
        node.getStyleClass().add(wanted);
    }
}
