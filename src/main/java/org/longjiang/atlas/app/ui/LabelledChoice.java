package org.longjiang.atlas.app.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** A choice box whose items are values shown by a label function (ids, numbers), not by their toString. */
public final class LabelledChoice {
    private LabelledChoice() {}

    public static <T> ChoiceBox<T> of(String id, List<T> values, T value, Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
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
        });
        box.setValue(value);
        return box;
    }
}
