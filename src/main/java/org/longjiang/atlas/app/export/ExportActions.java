package org.longjiang.atlas.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import org.longjiang.atlas.app.ui.Failures;
import org.longjiang.atlas.app.ui.NodeImages;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtomicFile;

/**
 * What the dialog's Save and Copy buttons do: draw the request (off the FX thread), then write
 * the PNG, SVG or PDF, or put the image on the clipboard, and report in one sentence. An existing file is
 * replaced only after the user agreed; a file that cannot be written is reported and nothing is lost.
 */
final class ExportActions {
    /** How it ended, in words for the dialog's status line. */
    record Outcome(boolean ok, String message) {}

    private final ExportRenderer renderer;
    private final TaskRunner tasks;
    private final Predicate<Path> confirmOverwrite;
    private final Consumer<ClipboardContent> clipboard;
    private final Supplier<Messages> messages;

    ExportActions(
            ExportRenderer renderer,
            TaskRunner tasks,
            Predicate<Path> confirmOverwrite,
            Consumer<ClipboardContent> clipboard,
            Supplier<Messages> messages) {
        this.messages = messages;
        this.renderer = renderer;
        this.tasks = tasks;
        this.confirmOverwrite = confirmOverwrite;
        this.clipboard = clipboard;
    }

    /** Asks before replacing, checks the folder before rendering, and writes through a temporary file. */
    void save(ExportRequest r, ExportFormat format, Path target, Consumer<Outcome> done) {
        Messages m = messages.get();
        Optional<Message> problem = AtomicFile.whyNotWritable(target);
        if (problem.isPresent()) {
            done.accept(new Outcome(
                    false, m.get("export.dialog.failed", target, problem.get().in(m))));
            return;
        }
        if (Files.exists(target) && !confirmOverwrite.test(target)) {
            done.accept(new Outcome(false, m.get("export.dialog.kept", target)));
            return;
        }
        tasks.run(
                () -> {
                    try {
                        ExportDrawing figure = renderer.draw(r);
                        ExportRenderer.write(figure, format, target);
                        String saved = format == ExportFormat.PNG
                                ? m.get("export.dialog.saved", target, r.pixelWidth(), r.pixelHeight())
                                : m.get("export.dialog.savedVector", target, m.get("export.format." + format.id()));
                        return new Outcome(
                                true,
                                String.join(
                                        " ",
                                        concat(
                                                saved,
                                                figure.notices().stream()
                                                        .map(n -> n.in(m))
                                                        .toList())));
                    } catch (Exception | OutOfMemoryError e) {
                        return new Outcome(false, m.get("export.dialog.failed", target, reason(e, m)));
                    }
                },
                done);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** Puts the rendered image on the clipboard as an image ({@code DataFormat.IMAGE}). */
    void copy(ExportRequest r, Consumer<Outcome> done) {
        Messages m = messages.get();
        // The rendering happens off the FX thread; the clipboard is touched on it.
        tasks.run(
                () -> {
                    try {
                        WritableImage img = NodeImages.toFxImage(renderer.render(r));
                        return (Supplier<Outcome>) () -> {
                            ClipboardContent content = new ClipboardContent();
                            content.putImage(img);
                            clipboard.accept(content);
                            return new Outcome(true, m.get("export.dialog.copied", img.getWidth(), img.getHeight()));
                        };
                    } catch (Exception | OutOfMemoryError e) {
                        Outcome failed = new Outcome(false, m.get("export.dialog.renderFailed", reason(e, m)));
                        return (Supplier<Outcome>) () -> failed;
                    }
                },
                finish -> done.accept(finish.get()));
    }

    /** Why rendering failed, in the dialog's language when the atlas knows the reason. */
    static String reason(Throwable e, Messages m) {
        return e instanceof ExportRenderer.TooLarge t ? t.reason().in(m) : Failures.reason(e, m);
    }
}
