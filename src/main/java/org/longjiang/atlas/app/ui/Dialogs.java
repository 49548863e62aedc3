package org.longjiang.atlas.app.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * Dialog buttons in the atlas's language. JavaFX labels its stock OK and Cancel in the language of
 * the machine (and has no Russian at all), not in the one the user chose.
 */
public final class Dialogs {
    private Dialogs() {}

    public static ButtonType ok(Messages m) {
        return new ButtonType(m.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages m) {
        return new ButtonType(m.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages m) {
        return new ButtonType(m.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /** An alert over {@code owner} (if any) with a title in the atlas's language and the given buttons. */
    public static Alert alert(Alert.AlertType type, Messages m, Window owner, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(m.get("app.title"));
        if (owner != null) alert.initOwner(owner);
        return alert;
    }
}
