package org.longjiang.atlas.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
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

    @Override
    public void start(Stage stage) {
        LanguagePreference language = LanguagePreference.user();
        MainWindow window =
                build(TaskRunner.background(), AtlasLoader.loadBundled(), language.initial(Locale.getDefault()));
        window.state().languageProperty().addListener((o, was, is) -> language.remember(is));
        // No larger than the screen: on a 1280 × 800 laptop the window fits and nothing is cut off.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        stage.titleProperty().bind(UiText.of(window.state().languageProperty(), "app.title"));
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
        return build(tasks, content, "en");
    }

    /** Builds the window in a language ({@code en}, {@code zh}, {@code ru}). */
    public static MainWindow build(TaskRunner tasks, LoadResult content, String language) {
        Fonts.load();
        AtlasState state = new AtlasState(content);
        state.setLanguage(language);
        MainWindow window = new MainWindow(state);
        tasks.run(
                BasemapData::loadBundled,
                basemap -> {
                    TileService.shared().useBasemap(basemap);
                    window.mapPane().setNotices(basemap.notices());
                    window.problemsButton().show(state.contentProperty().get().problems(), basemap.notices());
                },
                failure -> {
                    List<Message> notice =
                            List.of(Message.of("map.basemapFailed", String.valueOf(failure.getMessage())));
                    window.mapPane().setNotices(notice);
                    window.problemsButton().show(state.contentProperty().get().problems(), notice);
                });
        return window;
    }
}
