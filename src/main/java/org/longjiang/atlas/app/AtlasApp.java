package org.longjiang.atlas.app;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.Fonts;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;

/** The composition root of the desktop application. */
public final class AtlasApp extends Application {
    /** How long the data checks wait for the first tiles at most. */
    private static final long TILES_WAIT_MILLIS = 30_000;

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
        LanguagePreference language = LanguagePreference.user();
        MainWindow window = build(TaskRunner.background(), language.initial(Locale.getDefault()));
        window.state().languageProperty().addListener((o, was, is) -> language.remember(is));
        // No larger than the screen: on a 1280 × 800 laptop the window fits and nothing is cut off.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        stage.titleProperty().bind(UiText.of(window.state().languageProperty(), "app.title"));
        stage.setScene(scene);
        stage.getIcons().add(WindowIcon.image());
        stage.show();
        scene.getRoot().lookup(".atlas-map").requestFocus();
        // A tour file given on the command line (a double-click on one, once installed) starts that tour.
        getParameters().getRaw().stream().findFirst().ifPresent(tour -> window.openTour(new File(tour)));
    }

    /** Builds the window over the preloaded content (or loads it now); the basemap arrives in the background. */
    public static MainWindow build(TaskRunner tasks) {
        return build(tasks, "en");
    }

    private static MainWindow build(TaskRunner tasks, String language) {
        Preload started = preload != null ? preload : Preload.start();
        preload = null;
        LoadResult records = started.content().join();
        // The checks that only find problems wait for the first full map frame (the layout that asks
        // for the basemap's tiles, then the tiles); the problems button shows their count after.
        Consumer<MainWindow> checks = window -> tasks.run(
                () -> {
                    awaitTiles();
                    return AtlasLoader.checked(records);
                },
                checked -> window.problemsButton().showProblems(checked.problems()));
        return build(tasks, records, language, started::basemapNow, checks);
    }

    private static void awaitTiles() {
        try {
            TileService.shared().awaitIdle(TILES_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code then} after the next layout of the window's scene (at once when it has none). */
    private static void afterNextLayout(MainWindow window, Runnable then) {
        Scene scene = window.getScene();
        if (scene == null) {
            then.run();
            return;
        }
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) return;
                done = true;
                then.run();
                // Not from inside the scene's walk over its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    /** Builds the window over already-loaded content (tests use fixtures). */
    public static MainWindow build(TaskRunner tasks, LoadResult content) {
        return build(tasks, content, "en");
    }

    /** Builds the window in a language ({@code en}, {@code zh}, {@code ru}). */
    public static MainWindow build(TaskRunner tasks, LoadResult content, String language) {
        return build(tasks, content, language, BasemapData::loadBundled, window -> {});
    }

    private static MainWindow build(
            TaskRunner tasks,
            LoadResult content,
            String language,
            Supplier<BasemapData> basemaps,
            Consumer<MainWindow> afterBasemapFrame) {
        Fonts.load();
        AtlasState state = new AtlasState(content);
        state.setLanguage(language);
        MainWindow window = new MainWindow(state);
        tasks.run(
                basemaps,
                basemap -> {
                    TileService.shared().useBasemap(basemap);
                    window.mapPane().setNotices(basemap.notices());
                    window.problemsButton().showNotices(basemap.notices());
                    afterNextLayout(window, () -> afterBasemapFrame.accept(window));
                },
                failure -> {
                    List<Message> notice =
                            List.of(Message.of("map.basemapFailed", String.valueOf(failure.getMessage())));
                    window.mapPane().setNotices(notice);
                    window.problemsButton().showNotices(notice);
                    afterBasemapFrame.accept(window);
                });
        return window;
    }
}
