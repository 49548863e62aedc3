package org.longjiang.atlas.app.detail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.LabelledChoice;
import org.longjiang.atlas.app.ui.TextFileSaver;
import org.longjiang.atlas.core.dossier.Dossier;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.export.SeriesCsv;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.MoneyUnit;
import org.longjiang.atlas.core.query.StatTable;
import org.longjiang.atlas.core.query.UnitConverter;
import org.longjiang.atlas.core.query.ValueGrid;

/**
 * The dossier on the right of the window: names, kind and facts of the selected place or link,
 * its statistics as charts and tables, data notes, policy timeline and sources; above them the
 * comparison when the user has put series side by side. It draws what its {@link DossierViewModel}
 * holds and writes the user's choices (money unit, open cards, scroll) back to it.
 */
public final class DetailPanel extends VBox {
    /** Up to this many data notes show open; more sit in a closed section. */
    private static final int OPEN_NOTES = 6;

    private final AtlasState state;
    private final DossierViewModel vm;
    private final DossierBuilder model;
    private final VBox content = new VBox(8);
    private final VBox compareBox = new VBox();
    private final VBox dossierBox = new VBox(8);
    private final ScrollPane scroll;
    private final Label status = new Label();
    private final TextFileSaver saver = new TextFileSaver();
    /** True while the dossier is redrawn: the scroll position the layout passes through is not the user's. */
    private boolean redrawing;

    public DetailPanel(AtlasState state) {
        this.state = state;
        this.vm = new DossierViewModel(state);
        this.model = vm.builder();
        setId("detail-panel");
        getStyleClass().add("detail-panel");
        getStylesheets().add(DetailPanel.class.getResource("/css/detail.css").toExternalForm());
        content.getChildren().addAll(compareBox, dossierBox);
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.getStyleClass().add("detail-content");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        status.setId("detail-status");
        status.getStyleClass().add("detail-status");
        status.setManaged(false);
        getChildren().addAll(scroll, status);
        scroll.vvalueProperty().addListener((o, a, b) -> {
            if (!redrawing) vm.scrollProperty().set(b.doubleValue());
        });
        vm.shownProperty().addListener((o, a, b) -> redrawDossier());
        vm.moneyUnitProperty().addListener((o, a, b) -> {
            redrawComparison();
            redrawDossier();
        });
        // The dossier follows language and year through the view-model; the comparison is drawn here.
        state.languageProperty().addListener((o, a, b) -> redrawComparison());
        state.yearProperty().addListener((o, a, b) -> redrawComparison());
        state.comparedSeries().addListener((ListChangeListener<String>) c -> redrawComparison());
        redrawComparison();
        redrawDossier();
    }

    /** The panel's view-model (tests and the composition root read it). */
    public DossierViewModel viewModel() {
        return vm;
    }

    private ChartFactory charts() {
        UnitConverter.Target unit = vm.moneyUnitProperty().get();
        ValueReading reading = unit.asPrinted()
                ? ValueReading.asPrinted(model, messages())
                : new ConvertedReading(model, unit, messages());
        return new ChartFactory(model, messages(), vm.year(), reading);
    }

    private Messages messages() {
        return Messages.of(vm.language());
    }

    /** The money switch (currency and scale), offered when a chart of the dossier shows money. */
    private Node moneySwitch() {
        Messages m = messages();
        UnitConverter.Target unit = vm.moneyUnitProperty().get();
        ChoiceBox<String> currency = LabelledChoice.of(
                "money-currency",
                List.of("", "USD", "CNY"),
                unit.currency().orElse(""),
                c -> c.isEmpty() ? m.get("convert.asPrinted") : m.get("currency." + c));
        ChoiceBox<String> scale = LabelledChoice.of(
                "money-scale",
                List.of("", "1000000", "1000000000"),
                unit.scale().map(BigDecimal::toPlainString).orElse(""),
                v -> v.isEmpty() ? m.get("convert.asPrinted") : MoneyUnit.scaleWords(new BigDecimal(v), m));
        Runnable apply = () -> vm.moneyUnitProperty()
                .set(new UnitConverter.Target(
                        Optional.of(currency.getValue()).filter(c -> !c.isEmpty()),
                        Optional.of(scale.getValue()).filter(v -> !v.isEmpty()).map(BigDecimal::new)));
        currency.valueProperty().addListener((o, was, is) -> apply.run());
        scale.valueProperty().addListener((o, was, is) -> apply.run());
        HBox row = new HBox(6, Labels.wrapped(m.get("convert.label"), "detail-meta"), currency, scale);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, row);
        box.getStyleClass().add("money-switch");
        if (!unit.asPrinted()) box.getChildren().add(Labels.wrapped(m.get("convert.note"), "stat-card-unit"));
        return box;
    }

    private static boolean showsMoney(Dossier d) {
        return d.tables().stream()
                .flatMap(t -> Stream.concat(t.charts().stream(), t.growth().stream()))
                .flatMap(c -> c.series().stream())
                .anyMatch(UnitConverter::convertible);
    }

    private void redrawComparison() {
        compareBox.getChildren().clear();
        List<Series> compared = state.comparedSeries().stream()
                .flatMap(id -> state.atlas().seriesById(id).stream())
                .toList();
        if (!compared.isEmpty()) {
            compareBox.getChildren().add(new CompareSection(compared, state, charts(), messages()));
        }
        updateVisibility();
    }

    private void redrawDossier() {
        redrawing = true;
        dossierBox.getChildren().clear();
        // A status line ("Citation copied") belongs to what was shown before, in its language.
        status.setText("");
        status.setManaged(false);
        vm.dossier().ifPresent(d -> show(d, charts(), messages()));
        updateVisibility();
        // Restored after the new content is laid out, or the scroll pane would clamp it to the old height.
        Platform.runLater(() -> {
            scroll.setVvalue(vm.scrollProperty().get());
            redrawing = false;
        });
    }

    private void updateVisibility() {
        boolean shown =
                !dossierBox.getChildren().isEmpty() || !compareBox.getChildren().isEmpty();
        setVisible(shown);
        setManaged(shown);
    }

    private void show(Dossier d, ChartFactory charts, Messages m) {
        Dossier.Header h = d.header();
        Label title = Labels.wrapped(h.title(), "detail-title");
        title.setId("detail-title");
        Button close = new Button("×");
        close.setId("detail-close");
        close.getStyleClass().add("detail-close");
        close.setAccessibleText(m.get("detail.close"));
        close.setOnAction(e -> state.clearSelection());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, close);
        header.setAlignment(Pos.TOP_LEFT);
        dossierBox.getChildren().add(header);
        if (!h.otherNames().isEmpty()) {
            dossierBox.getChildren().add(Labels.wrapped(DossierBuilder.names(m, h.otherNames()), "detail-names"));
        }
        String meta = m.get("detail.kindStatus", h.kind(), h.status());
        if (h.opened().isPresent())
            meta = m.get(
                    "detail.kindStatusOpened",
                    meta,
                    m.get("detail.opened", h.opened().get()));
        dossierBox.getChildren().add(Labels.wrapped(meta, "detail-meta"));
        if (!h.related().subjects().isEmpty()) dossierBox.getChildren().add(related(h.related()));
        if (!h.description().isBlank())
            dossierBox.getChildren().add(Labels.wrapped(h.description(), "detail-description"));
        if (!h.facts().isEmpty()) {
            dossierBox.getChildren().add(heading(m, "detail.facts", 0));
            h.facts()
                    .forEach(f ->
                            dossierBox.getChildren().add(Labels.wrapped(m.get("detail.bullet", f), "detail-fact")));
        }
        if (!d.overview().isEmpty()) dossierBox.getChildren().add(new OverviewSection(model, d.overview(), state, m));
        if (!d.tables().isEmpty()) {
            dossierBox
                    .getChildren()
                    .add(heading(m, "detail.statistics", d.tables().size()));
            if (showsMoney(d)) dossierBox.getChildren().add(moneySwitch());
            for (int i = 0; i < d.tables().size(); i++) {
                StatTable t = d.tables().get(i);
                StatTableCard card = new StatTableCard(model, t, m, charts, actions(), vm.isOpen(t.id(), i));
                card.expandedProperty().addListener((o, was, is) -> vm.setOpen(t.id(), is));
                dossierBox.getChildren().add(card);
            }
        }
        if (!d.notes().isEmpty()) {
            // A few notes are read at once; the province's dozens open on request (the marks on the charts point to
            // them).
            dossierBox
                    .getChildren()
                    .add(new LazySection(
                            "notes-section",
                            m.get("detail.notes.count", d.notes().size()),
                            d.notes().size() <= OPEN_NOTES,
                            () -> new NotesSection(model, d.notes(), m)));
        }
        if (!d.timeline().isEmpty()) {
            int events = d.timeline().values().stream().mapToInt(List::size).sum();
            dossierBox
                    .getChildren()
                    .addAll(heading(m, "detail.timeline", events), new TimelineSection(model, d.timeline(), state, m));
        }
        dossierBox
                .getChildren()
                .addAll(
                        heading(m, "detail.sources", d.references().size()),
                        new SourcesSection(d.references(), m, text -> copy(text, "status.citationCopied")));
    }

    private Node related(Dossier.Related related) {
        FlowPane refs = new FlowPane(4, 2);
        refs.getChildren().add(Labels.wrapped(related.heading(), "detail-related-heading"));
        for (var r : related.subjects()) {
            Hyperlink h = new Hyperlink(r.name());
            h.setId("related-" + r.id());
            h.setOnAction(e -> state.focus(r.id()));
            refs.getChildren().add(h);
        }
        return refs;
    }

    private StatTableCard.Actions actions() {
        return new StatTableCard.Actions() {
            @Override
            public void copyCsv(ValueGrid grid) {
                copy(SeriesCsv.of(state.atlas(), grid), "status.csvCopied");
            }

            @Override
            public void saveCsv(ValueGrid grid, String name) {
                saver.save(getScene().getWindow(), messages(), name, "csv", SeriesCsv.of(state.atlas(), grid));
            }

            @Override
            public void compare(List<Series> series) {
                state.compare(series.stream().map(Series::id).toList());
            }
        };
    }

    private void copy(String text, String messageKey) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        status.setText(messages().get(messageKey));
        status.setManaged(true);
    }

    private static Label heading(Messages m, String key, int count) {
        return Labels.wrapped(count > 0 ? m.get(key + ".count", count) : m.get(key), "detail-heading");
    }
}
