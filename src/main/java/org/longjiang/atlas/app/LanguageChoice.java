package org.longjiang.atlas.app;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.i18n.Messages;

/** Chooses the language of names on the map and in the panel (English, Chinese, Russian). */
final class LanguageChoice extends ChoiceBox<String> {
    private static final List<String> LANGUAGES = List.of("en", "zh", "ru");

    LanguageChoice(AtlasState state) {
        setId("language");
        getItems().setAll(LANGUAGES);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(String lang) {
                return lang == null ? "" : Messages.get("language." + lang);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        setValue(state.languageProperty().get());
        valueProperty().addListener((o, a, b) -> state.setLanguage(b));
    }
}
