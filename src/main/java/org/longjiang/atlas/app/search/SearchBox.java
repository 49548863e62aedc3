package org.longjiang.atlas.app.search;

import java.util.List;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.query.SubjectFinder;

/** The search field: completes any place or link by English, Chinese, Russian or pinyin name and flies to it. */
public final class SearchBox extends TextField {
    static final int MAX_SUGGESTIONS = 12;
    private final AtlasState state;
    /** The name index and the ControlsFX completion are made on first focus: neither is needed to show the map. */
    private SubjectFinder finder;

    public SearchBox(AtlasState state) {
        this.state = state;
        setId("search");
        getStyleClass().add("search-box");
        setPromptText(Messages.get("search.prompt"));
        setPrefColumnCount(22);
        focusedProperty().addListener((o, was, is) -> {
            if (is) finder();
        });
        setOnAction(e -> {
            List<SubjectFinder.Match> exact = finder().find(getText());
            List<SubjectFinder.Match> any = exact.isEmpty() ? finder().suggest(getText(), 1) : exact;
            if (!any.isEmpty()) go(any.get(0));
        });
    }

    private SubjectFinder finder() {
        if (finder != null) return finder;
        finder = new SubjectFinder(state.atlas());
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
        return finder;
    }

    /** "Heihe · 黑河 · Хэйхэ — border port": every name, so a user can check the match in any language. */
    String label(SubjectFinder.Match m) {
        var names = m.subject().names();
        String kind = m.subject().kindId();
        return names.in("en") + " · " + names.in("zh") + " · " + names.in("ru") + " — " + Messages.get("kind." + kind);
    }

    private void go(SubjectFinder.Match m) {
        state.focus(m.id());
        setText(label(m));
        positionCaret(0);
    }
}
