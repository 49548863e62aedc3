package org.longjiang.atlas.app.presentation;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.Dialogs;
import org.longjiang.atlas.app.ui.Failures;
import org.longjiang.atlas.app.ui.TextMenus;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtomicFile;
import org.longjiang.atlas.core.io.TourFiles;
import org.longjiang.atlas.core.model.Tour;

/**
 * "Tours": present a shipped or opened tour, present the map as it is, record the current view
 * as a stop of one's own tour, save that tour, open tours from a file.
 */
public final class ToursMenu extends MenuButton {
    private final AtlasState state;
    private final TourPlayer player;
    private final PresentationMode presentation;
    private final Supplier<Viewport> view;
    private final List<Tour> opened = new ArrayList<>();
    private File lastFolder;

    public ToursMenu(AtlasState state, TourPlayer player, PresentationMode presentation, Supplier<Viewport> view) {
        textProperty().bind(UiText.of(state.languageProperty(), "tours.menu"));
        this.state = state;
        this.player = player;
        this.presentation = presentation;
        this.view = view;
        setId("tours-menu");
        setOnShowing(e -> rebuild());
        state.languageProperty().addListener((o, was, is) -> rebuild());
        rebuild();
    }

    private Messages messages() {
        return Messages.of(state.languageProperty().get());
    }

    private void rebuild() {
        getItems().clear();
        Messages m = messages();
        List<Tour> all = new ArrayList<>(state.atlas().tours());
        all.addAll(opened);
        for (Tour t : all) {
            MenuItem item = new MenuItem(
                    m.get("tours.present", m.text(t.title()), t.stops().size()));
            item.setId("tour-" + t.id());
            item.setOnAction(e -> present(t));
            getItems().add(item);
        }
        MenuItem plain = new MenuItem(m.get("tours.presentMap"));
        plain.setId("present-map");
        plain.setOnAction(e -> presentation.enter());
        MenuItem record = new MenuItem(m.get("tours.record", player.recordedStops()));
        record.setId("tour-record");
        record.setOnAction(e -> record());
        MenuItem save = new MenuItem(m.get("tours.save"));
        save.setId("tour-save");
        save.setDisable(player.recordedStops() == 0);
        save.setOnAction(e -> save());
        MenuItem open = new MenuItem(m.get("tours.open"));
        open.setId("tour-open");
        open.setOnAction(e -> open());
        getItems().addAll(new SeparatorMenuItem(), plain, new SeparatorMenuItem(), record, save, open);
    }

    /** Starts a tour in presentation mode. */
    public void present(Tour t) {
        presentation.enter();
        player.start(t);
    }

    private void record() {
        Messages m = messages();
        String suggested = state.selectedId()
                .flatMap(id -> state.atlas().subject(id).map(s -> m.text(s.names())))
                .orElse(m.get("tours.stopName", player.recordedStops() + 1));
        TextInputDialog ask = new TextInputDialog(suggested);
        ask.initOwner(getScene().getWindow());
        ask.setTitle(m.get("tours.recordTitle"));
        ask.setHeaderText(m.get("tours.captionPrompt"));
        ask.getDialogPane().getButtonTypes().setAll(Dialogs.ok(m), Dialogs.cancel(m));
        TextMenus.install(ask.getEditor(), state.languageProperty());
        ask.showAndWait()
                .ifPresent(caption -> player.record(view.get(), caption.isBlank() ? suggested : caption, m.language()));
    }

    private void save() {
        Messages m = messages();
        FileChooser chooser = chooser(m.get("tours.saveTitle"));
        chooser.setInitialFileName("my-tour." + TourFiles.EXTENSION);
        // The platform's save dialog asks before replacing an existing file.
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) return;
        lastFolder = file.getParentFile();
        try {
            Tour t = player.recordedTour(m.get("tours.myTour"), m.language()).orElseThrow();
            AtomicFile.write(file.toPath(), out -> TourFiles.write(out, List.of(t)));
        } catch (IOException ex) {
            error(m.get("tours.saveFailed", file, Failures.reason(ex, m)));
        }
    }

    private void open() {
        File file = chooser(messages().get("tours.openTitle"))
                .showOpenDialog(getScene().getWindow());
        if (file == null) return;
        lastFolder = file.getParentFile();
        open(file);
    }

    /** Opens a tour file and presents its first tour (a tour file opened from the desktop starts the tour). */
    public void open(File file) {
        Messages m = messages();
        TourFiles.Read read = TourFiles.read(file.toPath(), state.atlas());
        if (!read.problems().isEmpty()) {
            // A bad file changes nothing: the message lists every problem, no tour is added.
            error(m.get("tours.openFailed", file.getName()) + "\n"
                    + String.join(
                            "\n", read.problems().stream().map(p -> p.in(m)).toList()));
            return;
        }
        opened.addAll(read.tours());
        present(read.tours().get(0));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        messages().get("tours.fileType"), "*." + TourFiles.EXTENSION, "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        return chooser;
    }

    private void error(String message) {
        Messages m = messages();
        Dialogs.alert(Alert.AlertType.ERROR, m, getScene().getWindow(), message, Dialogs.close(m))
                .show();
    }
}
