package org.longjiang.atlas.app.detail;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.app.state.AtlasState;

/** The side panel about the selected place or link: names, kind, description, facts and sources. */
public final class DetailPanel extends VBox {
    private final AtlasState state;
    private final DetailViewModel model;
    private final VBox content = new VBox(8);

    public DetailPanel(AtlasState state) {
        this.state = state;
        this.model = new DetailViewModel(state.atlas());
        setId("detail-panel");
        getStyleClass().add("detail-panel");
        getStylesheets().add(DetailPanel.class.getResource("/css/detail.css").toExternalForm());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.getStyleClass().add("detail-content");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        state.selectionProperty().addListener((o, a, b) -> refresh());
        state.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        content.getChildren().clear();
        var dossier = state.selectedId().flatMap(id -> model.dossier(id, state.languageProperty().get()));
        setVisible(dossier.isPresent());
        setManaged(dossier.isPresent());
        dossier.ifPresent(this::show);
    }

    private void show(DetailViewModel.Dossier d) {
        Label title = styled(new Label(d.title()), "detail-title");
        title.setId("detail-title");
        Button close = new Button("×");
        close.setId("detail-close");
        close.getStyleClass().add("detail-close");
        close.setAccessibleText(Messages.get("detail.close"));
        close.setOnAction(e -> state.clearSelection());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, close);
        header.setAlignment(Pos.TOP_LEFT);
        content.getChildren().add(header);
        if (!d.otherNames().isEmpty()) {
            content.getChildren().add(styled(new Label(String.join("  ·  ", d.otherNames())), "detail-names"));
        }
        String meta = d.kind() + "  ·  " + d.status() + d.opened().map(o -> "  ·  " + Messages.get("detail.opened", o)).orElse("");
        content.getChildren().add(styled(new Label(meta), "detail-meta"));
        if (!d.related().isEmpty()) {
            FlowPane refs = new FlowPane(4, 2);
            refs.getChildren().add(styled(new Label(d.relatedHeading()), "detail-related-heading"));
            for (var r : d.related()) {
                Hyperlink h = new Hyperlink(r.name());
                h.setId("related-" + r.id());
                h.setOnAction(e -> state.focus(r.id()));
                refs.getChildren().add(h);
            }
            content.getChildren().add(refs);
        }
        if (!d.description().isBlank()) content.getChildren().add(styled(new Label(d.description()), "detail-description"));
        if (!d.facts().isEmpty()) {
            content.getChildren().add(styled(new Label(Messages.get("detail.facts")), "detail-heading"));
            d.facts().forEach(f -> content.getChildren().add(styled(new Label("• " + f), "detail-fact")));
        }
        content.getChildren().add(styled(new Label(Messages.get("detail.sources")), "detail-heading"));
        if (d.sources().isEmpty()) content.getChildren().add(styled(new Label(Messages.get("detail.noSources")), "detail-source"));
        d.sources().forEach(s -> content.getChildren().add(styled(new Label(s), "detail-source")));
    }

    private static Label styled(Label l, String styleClass) {
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
