package org.longjiang.atlas.app.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;

/**
 * The cut, copy and paste menu of a text field in the atlas's language: the stock menu speaks the
 * machine's language and cannot change it while the window is open.
 */
public final class TextMenus {
    private TextMenus() {}

    public static void install(TextInputControl field, ObservableValue<String> language) {
        MenuItem undo = item(language, "edit.undo", field::undo);
        MenuItem redo = item(language, "edit.redo", field::redo);
        MenuItem cut = item(language, "edit.cut", field::cut);
        MenuItem copy = item(language, "edit.copy", field::copy);
        MenuItem paste = item(language, "edit.paste", field::paste);
        MenuItem delete = item(language, "edit.delete", () -> field.replaceSelection(""));
        MenuItem all = item(language, "edit.selectAll", field::selectAll);
        ContextMenu menu = new ContextMenu(
                undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete, new SeparatorMenuItem(), all);
        menu.setOnShowing(e -> {
            boolean selected = field.getSelection().getLength() > 0;
            undo.setDisable(!field.isUndoable());
            redo.setDisable(!field.isRedoable());
            cut.setDisable(!selected || !field.isEditable());
            copy.setDisable(!selected);
            delete.setDisable(!selected || !field.isEditable());
            paste.setDisable(!field.isEditable());
        });
        field.setContextMenu(menu);
    }

    private static MenuItem item(ObservableValue<String> language, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(UiText.of(language, key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
