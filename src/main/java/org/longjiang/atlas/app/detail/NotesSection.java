package org.longjiang.atlas.app.detail;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.DataNote;

/** The consistency notes behind the warning marks: what is printed, what the paper's own figures imply. */
final class NotesSection extends VBox {

    NotesSection(DossierBuilder model, List<DataNote> notes, String lang) {
        super(6);
        setId("detail-notes");
        getStyleClass().add("notes-section");
        for (DataNote n : notes) {
            Label l = Labels.wrapped("\u26a0 " + n.message().in(lang), "note-message");
            Label detail = Labels.wrapped(
                    Messages.get("note.printedExpected", n.printed(), n.expected())
                            + n.sources().stream()
                                    .findFirst()
                                    .map(c -> " — " + model.shortSource(c))
                                    .orElse(""),
                    "note-detail");
            getChildren().add(new VBox(1, l, detail));
        }
    }
}
