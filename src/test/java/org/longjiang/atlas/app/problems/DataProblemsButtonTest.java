package org.longjiang.atlas.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.io.Problem;
import org.longjiang.atlas.testing.NeedsFx;

/** The problems list speaks the window's language and switches with it, also while it is open. */
@NeedsFx
class DataProblemsButtonTest {
    private final SimpleStringProperty language = new SimpleStringProperty("en");
    private final List<Problem> problems = Fixtures.load("malformed").problems();
    private final Message notice = Message.of("map.basemapFailed", "disk full");

    @Test
    void theLinesAndTheCountFollowTheLanguage() {
        DataProblemsButton button = HeadlessFx.call(() -> {
            DataProblemsButton b = new DataProblemsButton(language);
            b.show(problems, List.of(notice));
            return b;
        });
        assertEquals(problems.get(0).toString(), button.lines().get(0));
        HeadlessFx.call(() -> {
            language.set("zh");
            return null;
        });
        assertEquals(expected(Messages.of("zh")), List.copyOf(button.lines()));
        assertEquals(
                "places.json › nowhere › lat：超出范围 [-85.0, 85.0]：95.0",
                button.lines().get(0));
        assertEquals(Messages.of("zh").get("problems.count", problems.size() + 1), button.getText());
        HeadlessFx.call(() -> {
            language.set("ru");
            return null;
        });
        assertEquals(expected(Messages.of("ru")), List.copyOf(button.lines()));
    }

    @Test
    void anOpenListIsSaidAgainWhenTheLanguageChanges() {
        DialogPane pane = HeadlessFx.call(() -> {
            DataProblemsButton b = new DataProblemsButton(language);
            b.show(problems, List.of());
            b.fire();
            return Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && s.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot())
                    .findFirst()
                    .orElseThrow();
        });
        ListView<?> list = (ListView<?>) pane.getContent();
        HeadlessFx.call(() -> {
            language.set("ru");
            return null;
        });
        Messages ru = Messages.of("ru");
        assertEquals(problems.get(0).in(ru), list.getItems().get(0));
        assertEquals(ru.get("problems.header", problems.size()), pane.getHeaderText());
        assertEquals(ru.get("problems.title"), ((Stage) pane.getScene().getWindow()).getTitle());
        HeadlessFx.call(() -> {
            ((Stage) pane.getScene().getWindow()).close();
            return null;
        });
    }

    private List<String> expected(Messages m) {
        return Stream.concat(problems.stream().map(p -> p.in(m)), Stream.of(notice.in(m)))
                .toList();
    }
}
