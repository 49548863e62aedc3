package org.longjiang.atlas.app.problems;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.Problem;

/** A toolbar button that counts the data problems found at load and lists them; hidden when there are none. */
public final class DataProblemsButton extends Button {
    private List<String> lines = List.of();

    public DataProblemsButton() {
        setId("data-problems");
        getStyleClass().add("data-problems");
        setOnAction(e -> showList());
        show(List.of(), List.of());
    }

    /** Shows the data problems and the basemap notices together. */
    public void show(List<Problem> problems, List<String> notices) {
        lines = new java.util.ArrayList<>();
        problems.forEach(p -> lines.add(p.toString()));
        lines.addAll(notices);
        setText(Messages.get("problems.count", lines.size()));
        setVisible(!lines.isEmpty());
        setManaged(!lines.isEmpty());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    private void showList() {
        ListView<String> list = new ListView<>();
        list.setId("data-problems-list");
        list.getItems().setAll(lines);
        list.setPrefSize(760, 360);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.CLOSE);
        alert.setTitle(Messages.get("problems.title"));
        alert.setHeaderText(Messages.get("problems.header", lines.size()));
        alert.getDialogPane().setContent(list);
        if (getScene() != null) alert.initOwner(getScene().getWindow());
        alert.show();
    }
}
