package org.longjiang.atlas.app;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.Fonts;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.LoadResult;

/** The composition root of the desktop application. */
public final class AtlasApp extends Application {
    private static volatile Preload preload;

    /**
     * Starts reading the data and the basemap in the background; call it before the toolkit
     * starts ({@link Application#launch}), so that the reading overlaps the toolkit's start.
     */
    public static void preload() {
        preload = Preload.start();
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = build(TaskRunner.background());
        Scene scene = new Scene(window, 1440, 900);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.getIcons().add(WindowIcon.image());
        stage.show();
        scene.getRoot().lookup(".atlas-map").requestFocus();
        // A tour file given on the command line (a double-click on one, once installed) starts that tour.
        getParameters().getRaw().stream().findFirst().ifPresent(tour -> window.openTour(new File(tour)));
    }

    /** Builds the window over the preloaded content (or loads it now); the basemap arrives in the background. */
    public static MainWindow build(TaskRunner tasks) {
        Preload started = preload != null ? preload : Preload.start();
        preload = null;
        return build(tasks, started.content().join(), started::basemapNow);
    }

    /** Builds the window over already-loaded content (tests use fixtures). */
    public static MainWindow build(TaskRunner tasks, LoadResult content) {
        return build(tasks, content, BasemapData::loadBundled);
    }

    private static MainWindow build(TaskRunner tasks, LoadResult content, Supplier<BasemapData> basemaps) {
        Fonts.load();
        AtlasState state = new AtlasState(content);
        MainWindow window = new MainWindow(state);
        tasks.run(
                basemaps,
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
