package org.longjiang.atlas.app.detail;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.core.dossier.Dossier;
import org.longjiang.atlas.core.i18n.Messages;

/** Every paper behind the dossier as a full reference, with what it is cited for and copy-citation actions. */
final class SourcesSection extends VBox {

    SourcesSection(List<Dossier.Reference> references, Messages m, Consumer<String> copy) {
        super(8);
        setId("detail-sources");
        if (references.isEmpty()) getChildren().add(label(m.get("detail.noSources"), "detail-source"));
        for (Dossier.Reference r : references) {
            VBox entry = new VBox(2);
            entry.getStyleClass().add("source-entry");
            entry.getChildren().add(label(r.apa(), "detail-source"));
            if (!r.locators().isEmpty()) {
                entry.getChildren()
                        .add(label(
                                m.get(
                                        "source.citedFor",
                                        r.locators().stream()
                                                .reduce((a, b) -> m.get("list.and", a, b))
                                                .orElse("")),
                                "source-locators"));
            }
            Button apa = new Button(m.get("source.copyApa"));
            apa.setId("copy-apa-" + r.sourceId());
            apa.setOnAction(e -> copy.accept(r.apa()));
            Button gbt = new Button(m.get("source.copyGbt"));
            gbt.setId("copy-gbt-" + r.sourceId());
            gbt.setOnAction(e -> copy.accept(r.gbt7714()));
            apa.getStyleClass().add("stat-card-action");
            gbt.getStyleClass().add("stat-card-action");
            HBox actions = new HBox(6, apa, gbt);
            actions.getStyleClass().add("source-actions");
            entry.getChildren().add(actions);
            getChildren().add(entry);
        }
    }

    private static Label label(String text, String style) {
        return Labels.wrapped(text, style);
    }
}
