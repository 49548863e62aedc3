package org.longjiang.atlas.app.map;

import java.util.Set;
import javafx.scene.Node;

/** The style classes the legend explains beyond kinds: a status, "date unknown", and a change since the compared year. */
final class Marks {
    private Marks() {}

    static void collect(Node node, Set<String> into) {
        for (String c : node.getStyleClass()) {
            if (c.startsWith("status-") || c.startsWith("change-") || c.equals("date-unknown")) into.add(c);
        }
    }
}
