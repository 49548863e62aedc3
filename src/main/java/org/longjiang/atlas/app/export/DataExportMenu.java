package org.longjiang.atlas.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.export.ContentExport;

/** "Export data": saves places, links, series, events or notes as GeoJSON or CSV, like the {@code list} command. */
public final class DataExportMenu extends MenuButton {
    private File lastFolder;

    public DataExportMenu(AtlasState state) {
        super(Messages.get("data.menu"));
        setId("data-menu");
        for (ContentExport e : ContentExport.values()) {
            MenuItem item = new MenuItem(Messages.get("data.item", Messages.get("data." + e.what()), e.format().toUpperCase()));
            item.setId("data-" + e.name().toLowerCase());
            item.setOnAction(a -> save(state, e));
            getItems().add(item);
        }
    }

    private void save(AtlasState state, ContentExport e) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("data.chooserTitle"));
        chooser.setInitialFileName(e.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(e.format().toUpperCase(), "*." + e.format()));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        // The platform's save dialog asks before replacing an existing file.
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) return;
        lastFolder = file.getParentFile();
        try {
            write(file.toPath(), e.render(state.atlas()));
        } catch (IOException ex) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("data.writeFailed", file, ex.getMessage()));
            alert.initOwner(getScene().getWindow());
            alert.show();
        }
    }

    /** Through a temporary file, so a failed write leaves any existing file as it was. */
    static void write(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".atlas-data-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
