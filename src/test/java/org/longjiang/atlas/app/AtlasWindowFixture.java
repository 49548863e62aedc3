package org.longjiang.atlas.app;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Kinds;
import org.longjiang.atlas.core.query.UnitConverter;
import org.longjiang.atlas.testing.NeedsFx;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A test of real user flows in the whole window: the window is built once per test class (it is
 * the slow part) and put back to where a user starts before each test — nothing selected, today,
 * every layer, English, no comparison, the home view.
 */
@NeedsFx
abstract class AtlasWindowFixture {
    static MainWindow window;

    /** Shows the window on the content, at the size of the headless screen, for the whole class. */
    static void open(LoadResult content) throws TimeoutException {
        UiTestSupport.watchNetworkAndLoadBasemap();
        FxToolkit.setupStage(stage -> {
            window = AtlasApp.build(TaskRunner.synchronous(), content);
            stage.setScene(new Scene(window, 1280, 800));
            stage.show();
        });
        settle();
    }

    @BeforeEach
    void startAfresh() throws TimeoutException {
        var map = window.mapPane().map();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !map.flyingProperty().get());
        UiTestSupport.interact(() -> {
            if (window.state().presentingProperty().get()) window.presentation().leave();
            window.timeline().viewModel().pause();
            var state = window.state();
            state.clearSelection();
            state.setYear(null);
            state.showOnlyKinds(List.of(), Kinds.ALL);
            state.clearComparison();
            state.setMappedStatistic(null);
            ((ChoiceBox<?>) window.lookup("#language")).getSelectionModel().select(0);
            window.detail().viewModel().moneyUnitProperty().set(UnitConverter.Target.AS_PRINTED);
            // Popups (the search's suggestions, menus) and other windows a test opened are closed.
            List.copyOf(Window.getWindows()).stream()
                    .filter(w -> w != window.getScene().getWindow())
                    .forEach(Window::hide);
            ((TextField) window.lookup("#search")).clear();
            map.home();
            window.getScene().getWindow().requestFocus();
            map.node().requestFocus();
        });
        settle();
    }

    static void settle() {
        UiTestSupport.settle();
    }
}
