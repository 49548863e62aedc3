package org.longjiang.atlas.app.problems;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.longjiang.atlas.app.ui.Dialogs;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.Problem;

/**
 * A toolbar button that counts the data problems found at load and lists them; hidden when there
 * are none. The list is said in the window's language and said again when the user switches, also
 * while it is open.
 */
public final class DataProblemsButton extends Button {
    private final ObservableValue<String> language;
    private final SimpleIntegerProperty count = new SimpleIntegerProperty();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private List<Problem> problems = List.of();
    private List<Message> notices = List.of();

    public DataProblemsButton(ObservableValue<String> language) {
        this.language = language;
        setId("data-problems");
        getStyleClass().add("data-problems");
        textProperty().bind(UiText.of(language, m -> m.get("problems.count", count.get()), count));
        language.addListener((o, was, now) -> render());
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
        render();
    }

    /** Shows these data problems with the notices already shown (the checks run after the window's first frame). */
    public void showProblems(List<Problem> problems) {
        show(problems, notices);
    }

    /** Shows these basemap notices with the data problems already shown. */
    public void showNotices(List<Message> notices) {
        show(problems, notices);
    }

    /** The lines the list shows, in the window's language (they change with it). */
    public ObservableList<String> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    private void render() {
        Messages m = Messages.of(language.getValue());
        List<String> now = new ArrayList<>();
        problems.forEach(p -> now.add(p.in(m)));
        notices.forEach(n -> now.add(n.in(m)));
        lines.setAll(now);
    }

    private void showList() {
        Messages m = Messages.of(language.getValue());
        ListView<String> list = new ListView<>(lines);
        list.setId("data-problems-list");
        list.setPrefSize(760, 360);
        list.setCellFactory(v -> new WrappedCell(v));
        ButtonType close = Dialogs.close(m);
        Alert alert = Dialogs.alert(
                Alert.AlertType.WARNING,
                m,
                getScene() == null ? null : getScene().getWindow(),
                "",
                close);
        alert.titleProperty().bind(UiText.of(language, "problems.title"));
        alert.headerTextProperty().bind(UiText.of(language, x -> x.get("problems.header", count.get()), count));
        ((Labeled) alert.getDialogPane().lookupButton(close)).textProperty().bind(UiText.of(language, "dialog.close"));
        alert.getDialogPane().setContent(list);
        alert.show();
    }

    /** A line that wraps at the list's width: a Russian line runs a third longer and would be cut at the edge. */
    private static final class WrappedCell extends ListCell<String> {
        /** Room for the vertical scroll bar and the cell's padding. */
        private static final double SCROLL_BAR = 36;

        WrappedCell(ListView<String> list) {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(SCROLL_BAR));
            setMaxWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
        }
    }
}
