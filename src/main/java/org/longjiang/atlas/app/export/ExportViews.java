package org.longjiang.atlas.app.export;

import javafx.scene.Node;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.MapSurface;

/**
 * The views an exported image is made of, built over the image's own state. The composition root
 * supplies them, so the export feature draws the window's own map and dossier without depending on
 * the features that make them.
 */
public interface ExportViews {
    MapSurface map(AtlasState state);

    Node dossier(AtlasState state);

    /** The whole window over the state, and the map inside it. */
    Window window(AtlasState state);

    /** A window's root node and its map. */
    record Window(Node root, MapSurface map) {}
}
