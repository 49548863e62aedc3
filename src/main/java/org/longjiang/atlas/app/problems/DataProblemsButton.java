package org.longjiang.atlas.app.problems;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.longjiang.atlas.app.ui.Dialogs;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.Problem;

/** A toolbar button that counts the data problems found at load and lists them; hidden when there are none. */
public final class DataProblemsButton extends Button {
    private final ObservableValue<String> language;
    private final SimpleIntegerProperty count = new SimpleIntegerProperty();
    private List<Problem> problems = List.of();
    private List<Message> notices = List.of();

    public DataProblemsButton(ObservableValue<String> language) {
        this.language = language;
        setId("data-problems");
        getStyleClass().add("data-problems");
        textProperty().bind(UiText.of(language, m -> m.get("problems.count", count.get()), count));
        setOnAction(e -> showList());
        show(List.of(), List.of());
    }

    /** Shows the data problems and the basemap notices together. */
    public void show(List<Problem> problems, List<Message> notices) {
        this.problems = List.copyOf(problems);
        this.notices = List.copyOf(notices);
        count.set(problems.size() + notices.size());
        setVisible(count.get() > 0);
        setManaged(count.get() > 0);
    }

    /** Shows these data problems with the notices already shown (the checks run after the window's first frame). */
    public void showProblems(List<Problem> problems) {
        show(problems, notices);
    }

    /** Shows these basemap notices with the data problems already shown. */
    public void showNotices(List<Message> notices) {
        show(problems, notices);
    }

    /** The lines the list shows, in the window's language. */
    public List<String> lines() {
        Messages m = Messages.of(language.getValue());
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.toString()));
        notices.forEach(n -> lines.add(n.in(m)));
        return lines;
    }

    private void showList() {
        Messages m = Messages.of(language.getValue());
        ListView<String> list = new ListView<>();
        list.setId("data-problems-list");
        list.getItems().setAll(lines());
        list.setPrefSize(760, 360);
        Alert alert = Dialogs.alert(
                Alert.AlertType.WARNING,
                m,
                getScene() == null ? null : getScene().getWindow(),
                "",
                Dialogs.close(m));
        alert.setTitle(m.get("problems.title"));
        alert.setHeaderText(m.get("problems.header", count.get()));
        alert.getDialogPane().setContent(list);
        alert.show();
    }
}
