package org.longjiang.atlas.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.longjiang.atlas.app.ui.Dialogs;
import org.longjiang.atlas.core.export.CitationFormatter;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;

/** The About box: what the atlas is, its licence, the basemap attribution and the papers it draws on. */
final class AboutDialog {
    private AboutDialog() {}

    static void show(Window owner, Atlas atlas, Messages m) {
        VBox box = new VBox(8);
        box.setPrefWidth(640);
        box.getChildren().add(wrap(m.get("about.text")));
        box.getChildren().add(wrap(m.get("about.licence")));
        box.getChildren().add(wrap(m.get("map.attribution")));
        if (!atlas.sources().isEmpty()) box.getChildren().add(wrap(m.get("about.papers")));
        atlas.sources().forEach(s -> box.getChildren().add(wrap(m.get("about.paper", CitationFormatter.apa(s, m)))));
        Alert alert = Dialogs.alert(Alert.AlertType.INFORMATION, m, owner, "", Dialogs.ok(m));
        alert.setTitle(m.get("about.title"));
        alert.setHeaderText(m.get("app.title"));
        alert.getDialogPane().setContent(box);
        alert.show();
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
