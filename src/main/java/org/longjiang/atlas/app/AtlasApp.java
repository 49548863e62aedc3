package org.longjiang.atlas.app;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.Fonts;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;

/** The composition root of the desktop application. */
public final class AtlasApp extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(build(TaskRunner.background()), 1440, 900);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        scene.getRoot().lookup(".atlas-map").requestFocus();
    }

    /** Loads the content and builds the window; the basemap loads in the background. */
    public static MainWindow build(TaskRunner tasks) {
        return build(tasks, AtlasLoader.loadBundled());
    }

    /** Builds the window over already-loaded content (tests use fixtures). */
    public static MainWindow build(TaskRunner tasks, LoadResult content) {
        Fonts.load();
        AtlasState state = new AtlasState(content);
        MainWindow window = new MainWindow(state);
        tasks.run(
                BasemapData::loadBundled,
                basemap -> {
                    TileService.shared().useBasemap(basemap);
                    window.mapPane().setNotices(basemap.notices());
                    window.problemsButton().show(state.contentProperty().get().problems(), basemap.notices());
                },
                failure -> {
                    List<String> notice =
                            List.of(Messages.get("map.basemapFailed", String.valueOf(failure.getMessage())));
                    window.mapPane().setNotices(notice);
                    window.problemsButton().show(state.contentProperty().get().problems(), notice);
                });
        return window;
    }
}
