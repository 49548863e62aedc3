package org.longjiang.atlas.app.detail;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;

/**
 * A collapsible dossier section whose content is built the first time it opens: the province's
 * notes and table index hold hundreds of nodes a user may never look at, and building them all
 * made opening the dossier take half a second.
 */
final class LazySection extends TitledPane {

    LazySection(String id, String title, boolean expanded, Supplier<Node> content) {
        setId(id);
        Labels.title(this, title, "lazy-section-title");
        getStyleClass().add("lazy-section");
        setAnimated(false);
        if (expanded) {
            setContent(content.get());
        } else {
            expandedProperty().addListener((o, was, is) -> {
                if (is && getContent() == null) setContent(content.get());
            });
        }
        setExpanded(expanded);
    }
}
