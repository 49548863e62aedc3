package org.longjiang.atlas.app.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtomicFile;

/** Saves text a user asked for (CSV, GeoJSON) through a save dialog, remembering the folder it was last saved to. */
public final class TextFileSaver {
    private File lastFolder;

    /** Asks where to save, then writes; a failed write is reported and leaves any existing file as it was. */
    public void save(Window owner, Messages m, String fileName, String format, String text) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("data.chooserTitle"));
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(format.toUpperCase(Locale.ROOT), "*." + format));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        // The platform's save dialog asks before replacing an existing file.
        File file = chooser.showSaveDialog(owner);
        if (file == null) return;
        lastFolder = file.getParentFile();
        try {
            write(file.toPath(), text);
        } catch (IOException ex) {
            Dialogs.alert(
                            Alert.AlertType.ERROR,
                            m,
                            owner,
                            m.get("data.writeFailed", file, Failures.reason(ex, m)),
                            Dialogs.close(m))
                    .show();
        }
    }

    /** Through a temporary file, so a failed write leaves any existing file as it was. */
    public static void write(Path target, String text) throws IOException {
        AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
