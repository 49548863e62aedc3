package org.longjiang.atlas.app;

import javafx.scene.Node;
import org.longjiang.atlas.app.detail.DetailPanel;
import org.longjiang.atlas.app.export.ExportViews;
import org.longjiang.atlas.app.map.MapPane;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.MapSurface;

/** The window's own map, dossier and window, for exported images. */
public final class AtlasViews implements ExportViews {
    @Override
    public MapSurface map(AtlasState state) {
        return new MapPane(state);
    }

    @Override
    public Node dossier(AtlasState state) {
        return new DetailPanel(state);
    }

    @Override
    public Window window(AtlasState state) {
        MainWindow window = new MainWindow(state);
        return new Window(window, window.mapPane());
    }
}
