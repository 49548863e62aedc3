package org.longjiang.atlas.app.ui;

import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * Texts of the window in its language that follow it when the user switches: a control binds its
 * text, tooltip or accessible text to one of these and is relabelled at once, without being rebuilt.
 */
public final class UiText {
    private UiText() {}

    /** The message {@code key} in the language {@code language} holds. */
    public static StringBinding of(ObservableValue<String> language, String key, Object... args) {
        return of(language, m -> m.get(key, args));
    }

    /** A text made from the messages of that language, made again when the language or {@code others} change. */
    public static StringBinding of(
            ObservableValue<String> language, Function<Messages, String> text, Observable... others) {
        Observable[] dependencies =
                Stream.concat(Stream.of(language), Stream.of(others)).toArray(Observable[]::new);
        return Bindings.createStringBinding(() -> text.apply(Messages.of(language.getValue())), dependencies);
    }
}
