package org.longjiang.atlas.app.search;

import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.TextMenus;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.query.NameKey;
import org.longjiang.atlas.core.query.SubjectFinder;

/** The search field: completes any place or link by English, Chinese, Russian or pinyin name and flies to it. */
public final class SearchBox extends TextField {
    static final int MAX_SUGGESTIONS = 12;
    static final double MIN_WIDTH = 180;
    static final double SUGGESTIONS_WIDTH = 560;
    private final AtlasState state;
    private final SubjectFinder finder;
    /** The subject the user last went to, whose label the field shows until the user types. */
    private SubjectFinder.Match chosen;

    public SearchBox(AtlasState state) {
        this.state = state;
        this.finder = new SubjectFinder(state.atlas());
        setId("search");
        getStyleClass().add("search-box");
        promptTextProperty().bind(UiText.of(state.languageProperty(), "search.prompt"));
        state.languageProperty().addListener((o, was, is) -> relabel(was));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(UiText.of(state.languageProperty(), "search.tip"));
        setTooltip(tip);
        TextMenus.install(this, state.languageProperty());
        setPrefColumnCount(22);
        // Narrower than this the prompt and a typed name are unreadable; the toolbar's subtitle gives way first.
        setMinWidth(MIN_WIDTH);
        AutoCompletionBinding<SubjectFinder.Match> binding = TextFields.bindAutoCompletion(
                this, request -> finder.suggest(request.getUserText(), MAX_SUGGESTIONS), new StringConverter<>() {
                    @Override
                    public String toString(SubjectFinder.Match m) {
                        return label(m);
                    }

                    @Override
                    public SubjectFinder.Match fromString(String s) {
                        return null;
                    }
                });
        binding.setVisibleRowCount(MAX_SUGGESTIONS);
        // Wider than the field: a route's name in Russian or Chinese is long.
        binding.setPrefWidth(SUGGESTIONS_WIDTH);
        binding.setOnAutoCompleted(e -> go(e.getCompletion()));
        setOnAction(e -> {
            List<SubjectFinder.Match> exact = finder.find(getText());
            List<SubjectFinder.Match> any = exact.isEmpty() ? finder.suggest(getText(), 1) : exact;
            if (!any.isEmpty()) go(any.get(0));
        });
    }

    /**
     * "黑河 — 口岸": the name in the user's language and the kind; when the typed text matched another
     * of the subject's names (pinyin, or the Chinese or Russian one), that name too — "黑河 · Heihe —
     * 口岸" — so the user sees why it was suggested. A Chinese or Russian reader is not shown English.
     */
    String label(SubjectFinder.Match match) {
        return label(match, state.languageProperty().get(), getText() == null ? "" : getText());
    }

    private static String label(SubjectFinder.Match match, String language, String query) {
        Messages m = Messages.of(language);
        var names = match.subject().names();
        String shown = m.text(names);
        String typed = NameKey.of(query);
        if (!typed.isEmpty() && !NameKey.of(shown).contains(typed)) {
            List<String> others =
                    m.dataLanguage().equals("en") ? List.of("zh", "ru", "pinyin") : List.of("pinyin", "zh", "ru");
            shown = others.stream()
                    .filter(names::has)
                    .map(names::in)
                    .filter(n -> NameKey.of(n).contains(typed))
                    .findFirst()
                    .map(other -> DossierBuilder.names(m, List.of(m.text(names), other)))
                    .orElse(shown);
        }
        return m.get("search.suggestion", shown, m.get("kind." + match.subject().kindId()));
    }

    private void go(SubjectFinder.Match m) {
        state.focus(m.id());
        chosen = m;
        setText(label(m, state.languageProperty().get(), ""));
        positionCaret(0);
    }

    /** After a language switch the chosen subject is named in the new language; what the user typed since stays. */
    private void relabel(String before) {
        if (chosen == null || !getText().equals(label(chosen, before, ""))) return;
        setText(label(chosen, state.languageProperty().get(), ""));
        positionCaret(0);
    }
}
