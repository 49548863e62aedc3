package org.longjiang.atlas.app.presentation;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.i18n.Messages;

/** The caption of the tour stop on screen, its counter ("3 / 7"), the year, and previous/next buttons. */
public final class TourCaption extends VBox {
    private final Label title = new Label();
    private final Label caption = new Label();
    private final Label counter = new Label();

    public TourCaption(AtlasState state, TourPlayer player) {
        setId("tour-caption");
        getStyleClass().add("tour-caption");
        setMaxWidth(760);
        setMaxHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add("tour-title");
        caption.getStyleClass().add("tour-text");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        counter.setId("tour-counter");
        counter.getStyleClass().add("tour-counter");
        Button back = new Button("\u25c0");
        back.setId("tour-previous");
        back.accessibleTextProperty().bind(UiText.of(state.languageProperty(), "tour.previous"));
        back.setOnAction(e -> player.previous());
        Button forward = new Button("\u25b6");
        forward.setId("tour-next");
        forward.accessibleTextProperty().bind(UiText.of(state.languageProperty(), "tour.next"));
        forward.setOnAction(e -> player.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, counter, back, forward);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, caption);
        Runnable show = () -> {
            var t = player.tourProperty().get();
            setVisible(t != null);
            setManaged(t != null);
            if (t == null) return;
            Messages m = Messages.of(state.languageProperty().get());
            title.setText(m.text(t.title()));
            player.currentStop().ifPresent(s -> {
                caption.setText(m.text(s.caption()));
                String count = m.get(
                        "tour.counter",
                        player.indexProperty().get() + 1,
                        t.stops().size());
                counter.setText(
                        s.year().map(y -> m.get("tour.counterYear", count, y)).orElse(count));
            });
        };
        player.tourProperty().addListener((o, a, b) -> show.run());
        player.indexProperty().addListener((o, a, b) -> show.run());
        state.languageProperty().addListener((o, a, b) -> show.run());
        show.run();
    }
}
