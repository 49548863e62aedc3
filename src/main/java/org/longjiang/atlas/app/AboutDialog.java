package org.longjiang.atlas.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.longjiang.atlas.core.export.CitationFormatter;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;

/** The About box: what the atlas is, its licence, the basemap attribution and the papers it draws on. */
final class AboutDialog {
    private AboutDialog() {}

    static void show(Window owner, Atlas atlas) {
        VBox box = new VBox(8);
        box.setPrefWidth(640);
        box.getChildren().add(wrap(Messages.get("about.text")));
        box.getChildren().add(wrap(Messages.get("about.licence")));
        box.getChildren().add(wrap(Messages.get("map.attribution")));
        if (!atlas.sources().isEmpty()) box.getChildren().add(wrap(Messages.get("about.papers")));
        atlas.sources().forEach(s -> box.getChildren().add(wrap("• " + CitationFormatter.apa(s))));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("app.title"));
        alert.getDialogPane().setContent(box);
        alert.initOwner(owner);
        alert.show();
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
