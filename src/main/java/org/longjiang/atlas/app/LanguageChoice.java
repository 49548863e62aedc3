package org.longjiang.atlas.app;

import javafx.scene.control.ChoiceBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.LabelledChoice;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * Chooses the language of the whole atlas (English, 中文, Русский): every label, menu, dialog and
 * name follows at once. Each language is named in itself, so a reader finds their own.
 */
final class LanguageChoice {
    private LanguageChoice() {}

    static ChoiceBox<String> of(AtlasState state) {
        var language = state.languageProperty();
        ChoiceBox<String> box = LabelledChoice.of(
                "language",
                Messages.LANGUAGES,
                language.get(),
                lang -> Messages.of(language.get()).get("language." + lang),
                language);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) state.setLanguage(b);
        });
        language.addListener((o, a, b) -> box.setValue(b));
        return box;
    }
}
