package org.longjiang.atlas.app.presentation;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.longjiang.atlas.app.state.AtlasState;

/**
 * Full screen for a projector: the {@code :presentation} pseudo-class on the root enlarges type
 * and symbols and raises contrast; the keys presentation clickers send (arrows, Page Up/Down,
 * space) step through the tour; Esc leaves.
 */
public final class PresentationMode {
    static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");

    private final AtlasState state;
    private final TourPlayer player;
    private final Parent root;
    private boolean watchingStage;
    private double[] windowed;

    public PresentationMode(AtlasState state, TourPlayer player, Parent root) {
        this.state = state;
        this.player = player;
        this.root = root;
        root.getStylesheets()
                .add(PresentationMode.class.getResource("/css/presentation.css").toExternalForm());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        });
        state.presentingProperty().addListener((o, was, on) -> root.pseudoClassStateChanged(PRESENTATION, on));
    }

    public void enter() {
        state.setPresenting(true);
        stage().ifPresent(s -> {
            s.setFullScreenExitHint("");
            if (!watchingStage) {
                // Leaving full screen by the window manager (or Esc, which JavaFX handles itself) leaves the mode too.
                s.fullScreenProperty().addListener((o, was, full) -> {
                    if (!full) leave();
                });
                watchingStage = true;
            }
            // Also cover the screen by size: without a window manager (a bare X server, some kiosks) full screen alone
            // does nothing.
            windowed = new double[] {s.getX(), s.getY(), s.getWidth(), s.getHeight()};
            var screen = Screen.getScreensForRectangle(s.getX(), s.getY(), s.getWidth(), s.getHeight()).stream()
                    .findFirst()
                    .orElse(Screen.getPrimary())
                    .getBounds();
            s.setX(screen.getMinX());
            s.setY(screen.getMinY());
            s.setWidth(screen.getWidth());
            s.setHeight(screen.getHeight());
            s.setFullScreen(true);
        });
    }

    public void leave() {
        if (!state.presentingProperty().get()) return;
        state.setPresenting(false);
        player.stop();
        stage().ifPresent(s -> {
            if (s.isFullScreen()) s.setFullScreen(false);
            if (windowed != null) {
                s.setX(windowed[0]);
                s.setY(windowed[1]);
                s.setWidth(windowed[2]);
                s.setHeight(windowed[3]);
                windowed = null;
            }
        });
    }

    private Optional<Stage> stage() {
        Scene scene = root.getScene();
        return scene != null && scene.getWindow() instanceof Stage s ? Optional.of(s) : Optional.empty();
    }

    /** Clicker keys only act while presenting; in the normal window the arrows pan the map. */
    private void key(KeyEvent e) {
        if (!state.presentingProperty().get()) return;
        KeyCode k = e.getCode();
        if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN || k == KeyCode.SPACE || k == KeyCode.DOWN) {
            player.next();
            e.consume();
        } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP || k == KeyCode.UP) {
            player.previous();
            e.consume();
        } else if (k == KeyCode.ESCAPE) {
            leave();
            e.consume();
        }
    }
}
