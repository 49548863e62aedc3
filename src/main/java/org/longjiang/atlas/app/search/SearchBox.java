package org.longjiang.atlas.app.search;

import java.util.ArrayList;
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
import org.longjiang.atlas.core.query.SubjectFinder;

/** The search field: completes any place or link by English, Chinese, Russian or pinyin name and flies to it. */
public final class SearchBox extends TextField {
    static final int MAX_SUGGESTIONS = 12;
    static final double MIN_WIDTH = 180;
    private final AtlasState state;
    private final SubjectFinder finder;

    public SearchBox(AtlasState state) {
        this.state = state;
        this.finder = new SubjectFinder(state.atlas());
        setId("search");
        getStyleClass().add("search-box");
        promptTextProperty().bind(UiText.of(state.languageProperty(), "search.prompt"));
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
        binding.setOnAutoCompleted(e -> go(e.getCompletion()));
        setOnAction(e -> {
            List<SubjectFinder.Match> exact = finder.find(getText());
            List<SubjectFinder.Match> any = exact.isEmpty() ? finder.suggest(getText(), 1) : exact;
            if (!any.isEmpty()) go(any.get(0));
        });
    }

    /**
     * "黑河 · Хэйхэ · Heihe — 口岸": the name in the user's language first, then the other names a
     * query may have matched (pinyin too), then the kind.
     */
    String label(SubjectFinder.Match match) {
        Messages m = Messages.of(state.languageProperty().get());
        var names = match.subject().names();
        List<String> shown = new ArrayList<>(List.of(m.text(names)));
        List<String> others = m.language().equals("en") ? List.of("zh", "ru") : List.of("zh", "ru", "pinyin");
        for (String l : others) {
            if (names.has(l) && !shown.contains(names.in(l))) shown.add(names.in(l));
        }
        return m.get(
                "search.suggestion",
                DossierBuilder.names(m, shown),
                m.get("kind." + match.subject().kindId()));
    }

    private void go(SubjectFinder.Match m) {
        state.focus(m.id());
        setText(label(m));
        positionCaret(0);
    }
}
