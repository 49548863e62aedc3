package org.longjiang.atlas.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.MainWindow;
import org.longjiang.atlas.app.UiTestSupport;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.io.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The toolbar's Export button and Ctrl/Cmd+E open the dialog for the window's view. */
@ExtendWith(ApplicationExtension.class)
class ExportShortcutTest {
    static final String NODE =
            "/org/longjiang/atlas/test-shortcut-" + ProcessHandle.current().pid();
    MainWindow window;

    @BeforeAll
    static void setUp() {
        UiTestSupport.watchNetworkAndLoadBasemap();
        System.setProperty("atlas.prefs.node", NODE); // never the user's own settings
    }

    @AfterAll
    static void tearDown() throws Exception {
        System.clearProperty("atlas.prefs.node");
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Start
    void start(Stage stage) {
        window = AtlasApp.build(TaskRunner.synchronous(), Fixtures.load("good"));
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Test
    void shortcutAndButtonOpenTheDialog(FxRobot robot) {
        UiTestSupport.interact(() -> window.mapPane().map().setView(45.75, 126.63, 7));
        UiTestSupport.interact(() -> window.getScene().getRoot().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        UiTestSupport.settle();
        List<ExportDialog> open = dialogs();
        assertEquals(1, open.size(), "Ctrl+E opens the dialog");
        String command =
                robot.lookup("#export-command").queryAs(TextField.class).getText();
        var m = Pattern.compile("--center ([0-9.]+),([0-9.]+)").matcher(command);
        assertTrue(m.find() && command.contains("--zoom 7.0"), command);
        // The window keeps the base map on whole pixels, so the centre may move by a fraction of a pixel.
        assertEquals(126.63, Double.parseDouble(m.group(1)), 0.01, command);
        assertEquals(45.75, Double.parseDouble(m.group(2)), 0.01, command);
        UiTestSupport.interact(() -> open.get(0).close());
        robot.clickOn("#export-image");
        UiTestSupport.settle();
        assertEquals(1, dialogs().size(), "the toolbar button opens it too");
        UiTestSupport.interact(() -> dialogs().forEach(Stage::close));
    }

    private static List<ExportDialog> dialogs() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof ExportDialog && w.isShowing())
                .map(w -> (ExportDialog) w)
                .toList();
    }
}
