package org.longjiang.atlas.app.export;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.Fonts;
import org.longjiang.atlas.app.map.MapPane;
import org.longjiang.atlas.app.state.AtlasState;

/** An exported image: a title band, the map (as the window draws it) and a sources band. */
final class ExportFrame extends BorderPane {
    private final MapPane mapPane;

    ExportFrame(AtlasState state, String title, String subtitle, String sources, boolean plain) {
        Fonts.load();
        getStyleClass().addAll("atlas-root", "export-frame");
        getStylesheets().add(ExportFrame.class.getResource("/css/app.css").toExternalForm());
        getStylesheets().add(ExportFrame.class.getResource("/css/export.css").toExternalForm());
        mapPane = new MapPane(state);
        mapPane.setInteractive(false);
        mapPane.setDecorated(!plain);
        setCenter(mapPane);
        if (!plain) {
            Label t = new Label(title);
            t.setId("export-title");
            t.getStyleClass().add("export-title");
            Label s = new Label(subtitle);
            s.getStyleClass().add("export-subtitle");
            VBox top = new VBox(2, t, s);
            top.getStyleClass().add("export-title-band");
            setTop(top);
            Label src = new Label(sources);
            src.setId("export-sources");
            src.getStyleClass().add("export-sources");
            src.setWrapText(true);
            VBox bottom = new VBox(src);
            bottom.setAlignment(Pos.CENTER_LEFT);
            bottom.getStyleClass().add("export-sources-band");
            setBottom(bottom);
        }
    }

    MapPane mapPane() {
        return mapPane;
    }
}
