package org.longjiang.atlas.app.export;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.longjiang.atlas.app.ui.NodeImages;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * The dialog's live preview: the very request the dialog would save, rendered at a reduced pixel
 * scale so the whole image fits the box. Changes are debounced and rendered off the FX thread;
 * a result that a newer change has overtaken is dropped.
 */
final class ExportPreview extends StackPane {
    static final double BOX_WIDTH = 480;
    static final double BOX_HEIGHT = 320;
    private final Supplier<ExportRequest> request;
    private final ExportRenderer renderer;
    private final TaskRunner tasks;
    private final ImageView image = new ImageView();
    private final Label message = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private long generation;

    private final Supplier<Messages> messages;

    ExportPreview(
            Supplier<ExportRequest> request, ExportRenderer renderer, TaskRunner tasks, Supplier<Messages> messages) {
        this.request = request;
        this.messages = messages;
        this.renderer = renderer;
        this.tasks = tasks;
        setId("export-preview");
        getStyleClass().add("export-preview");
        setMinSize(BOX_WIDTH, BOX_HEIGHT);
        setPrefSize(BOX_WIDTH, BOX_HEIGHT);
        message.setWrapText(true);
        getChildren().addAll(image, message);
        debounce.setOnFinished(e -> renderNow());
    }

    /** Asks for a new preview once the settings stop changing for a moment. */
    void refresh() {
        message.setText(messages.get().get("export.dialog.rendering"));
        debounce.playFromStart();
    }

    /** Renders the current request at once (the debounce's end, and tests). */
    void renderNow() {
        long mine = ++generation;
        ExportRequest r = request.get();
        Messages m = messages.get();
        double s = Math.min(BOX_WIDTH / r.width(), BOX_HEIGHT / r.height());
        tasks.run(
                () -> {
                    try {
                        return (Object) NodeImages.toFxImage(renderer.render(r.atScale(s)));
                    } catch (Exception | OutOfMemoryError e) {
                        return m.get("export.dialog.renderFailed", ExportActions.reason(e, m));
                    }
                },
                result -> {
                    if (mine != generation) return;
                    if (result instanceof Image img) {
                        image.setImage(img);
                        message.setText("");
                    } else {
                        message.setText((String) result);
                    }
                });
    }

    /** The image on show (tests compare it with the request). */
    Image image() {
        return image.getImage();
    }
}
