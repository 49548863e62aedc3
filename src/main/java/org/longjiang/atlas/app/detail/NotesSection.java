package org.longjiang.atlas.app.detail;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.DataNote;

/** The consistency notes behind the warning marks: what is printed, what the paper's own figures imply. */
final class NotesSection extends VBox {

    NotesSection(DossierBuilder model, List<DataNote> notes, Messages m) {
        super(6);
        setId("detail-notes");
        getStyleClass().add("notes-section");
        for (DataNote n : notes) {
            Label l = Labels.wrapped(m.get("note.flag", m.text(n.message())), "note-message");
            String printed = m.get("note.printedExpected", m.text(n.printed()), m.text(n.expected()));
            Label detail = Labels.wrapped(
                    n.sources().stream()
                            .findFirst()
                            .map(c -> m.get("note.source", printed, model.shortSource(c, m.language())))
                            .orElse(printed),
                    "note-detail");
            getChildren().add(new VBox(1, l, detail));
        }
    }
}
