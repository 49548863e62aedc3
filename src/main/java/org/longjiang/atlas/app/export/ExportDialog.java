package org.longjiang.atlas.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.Dialogs;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.app.ui.TextMenus;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * The Export dialog: what to show, size and scale, title and decorations, with a live preview;
 * copies the image or saves it as PNG, SVG or PDF through the same renderer as the {@code export} command,
 * and shows the command that makes the same image. Remembers its settings and last folder.
 */
public final class ExportDialog extends Stage {
    private static TaskRunner sharedTasks;
    private final ExportDialogModel model;
    private final ExportActions actions;
    private final ExportPreview preview;
    private final SettingsStore store;
    private final Label status = new Label();
    private final TextField command = new TextField();

    ExportDialog(
            Window owner,
            ExportDialogModel model,
            ExportRenderer renderer,
            TaskRunner tasks,
            SettingsStore store,
            Predicate<Path> confirmOverwrite,
            Consumer<ClipboardContent> clipboard) {
        this.model = model;
        this.store = store;
        this.actions = new ExportActions(renderer, tasks, confirmOverwrite, clipboard, this::messages);
        this.preview = new ExportPreview(model::request, renderer, tasks, this::messages);
        if (owner != null) initOwner(owner);
        titleProperty().bind(UiText.of(model.language(), "export.dialog.title"));
        BorderPane root = new BorderPane();
        root.getStyleClass().addAll("atlas-root", "export-dialog");
        root.getStylesheets().add(ExportDialog.class.getResource("/css/app.css").toExternalForm());
        root.getStylesheets()
                .add(ExportDialog.class.getResource("/css/export.css").toExternalForm());
        root.setCenter(new HBox(16, new ExportForm(model, this::browse), preview));
        TextMenus.install(command, model.language());
        root.setBottom(bottom());
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) close();
        });
        setScene(scene);
        for (var o : model.dependencies()) o.addListener(x -> changed());
        model.fileProperty().addListener(x -> showCommand());
        setOnHidden(e -> model.settings().save(store));
        changed();
    }

    /** Opens the dialog over the window, for the view it shows now. */
    public static void open(Window owner, AtlasState state, Supplier<Viewport> view, ExportRenderer renderer) {
        SettingsStore store = SettingsStore.user();
        ExportDialogModel model = new ExportDialogModel(state, view, ExportSettings.load(store));
        new ExportDialog(
                        owner,
                        model,
                        renderer,
                        tasks(),
                        store,
                        target -> askToReplace(
                                target, Messages.of(state.languageProperty().get())),
                        c -> Clipboard.getSystemClipboard().setContent(c))
                .show();
    }

    private static synchronized TaskRunner tasks() {
        if (sharedTasks == null) sharedTasks = TaskRunner.background();
        return sharedTasks;
    }

    private static boolean askToReplace(Path target, Messages m) {
        ButtonType replace = new ButtonType(m.get("export.dialog.replaceButton"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = Dialogs.alert(
                Alert.AlertType.CONFIRMATION,
                m,
                null,
                m.get("export.dialog.replaceDetail"),
                replace,
                Dialogs.cancel(m));
        ask.setHeaderText(m.get("export.dialog.replace", target.getFileName()));
        return ask.showAndWait().filter(b -> b == replace).isPresent();
    }

    private Messages messages() {
        return Messages.of(model.language().get());
    }

    private VBox bottom() {
        Label commandLabel = new Label();
        commandLabel.textProperty().bind(UiText.of(model.language(), "export.dialog.command"));
        command.setId("export-command");
        command.setEditable(false);
        status.setId("export-status");
        status.getStyleClass().add("export-status");
        status.setWrapText(true);
        Button copy = button("export-copy", "export.dialog.copy", this::copy);
        Button save = button("export-save", "export.dialog.save", this::save);
        save.setDefaultButton(true);
        Button close = button("export-close", "export.dialog.close", this::close);
        HBox buttons = new HBox(8, status, copy, save, close);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, commandLabel, command, buttons);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(UiText.of(model.language(), key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void changed() {
        showCommand();
        preview.refresh();
    }

    private void showCommand() {
        ExportRequest r = model.request();
        command.setText("longjiang-atlas export "
                + String.join(" ", r.toArgs().stream().map(ExportDialog::quoted).toList()) + " --out "
                + quoted(model.fileProperty().get()));
    }

    private static String quoted(String arg) {
        return arg.matches("[\\w.,+:/=-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        ExportFormat format = model.formatProperty().get();
        chooser.setTitle(messages().get("export.dialog.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        messages().get("export.format." + format.id()), "*." + format.id()));
        File current = Path.of(model.fileProperty().get()).toAbsolutePath().toFile();
        if (current.getParentFile() != null && current.getParentFile().isDirectory())
            chooser.setInitialDirectory(current.getParentFile());
        chooser.setInitialFileName(current.getName());
        File chosen = chooser.showSaveDialog(this);
        if (chosen != null) model.fileProperty().set(chosen.getPath());
    }

    void save() {
        status.setText(messages().get("export.dialog.rendering"));
        actions.save(
                model.request(),
                model.formatProperty().get(),
                Path.of(model.fileProperty().get()),
                this::report);
    }

    void copy() {
        status.setText(messages().get("export.dialog.rendering"));
        actions.copy(model.request(), this::report);
    }

    private void report(ExportActions.Outcome o) {
        status.setText(o.message());
        status.pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), !o.ok());
        if (o.ok()) model.settings().save(store);
    }

    ExportDialogModel model() {
        return model;
    }

    ExportPreview preview() {
        return preview;
    }

    String status() {
        return status.getText();
    }

    String commandLine() {
        return command.getText();
    }
}
