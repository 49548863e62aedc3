package org.longjiang.atlas.app.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** A choice box whose items are values shown by a label function (ids, numbers), not by their toString. */
public final class LabelledChoice {
    private LabelledChoice() {}

    /** The box, its items relabelled whenever one of {@code relabelOn} changes (the language). */
    public static <T> ChoiceBox<T> of(
            String id, List<T> values, T value, Function<T, String> label, ObservableValue<?>... relabelOn) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(converter(box, label));
        box.setValue(value);
        // A new converter makes the box show every item's label again.
        for (ObservableValue<?> o : relabelOn) o.addListener((x, was, is) -> box.setConverter(converter(box, label)));
        return box;
    }

    private static <T> StringConverter<T> converter(ChoiceBox<T> box, Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : label.apply(v);
            }

            @Override
            public T fromString(String s) {
                return box.getItems().stream()
                        .filter(v -> label.apply(v).equals(s))
                        .findFirst()
                        .orElse(null);
            }
        };
    }
}
