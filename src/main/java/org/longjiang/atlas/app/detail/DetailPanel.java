package org.longjiang.atlas.app.detail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.longjiang.atlas.app.ui.TextFileSaver;
import org.longjiang.atlas.core.export.HistoryText;
import org.longjiang.atlas.core.export.SeriesCsv;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.model.Subject;
import org.longjiang.atlas.core.query.MoneyUnit;
import org.longjiang.atlas.core.query.StatTable;
import org.longjiang.atlas.core.query.UnitConverter;
import org.longjiang.atlas.core.query.ValueGrid;
import org.longjiang.atlas.core.query.YearFilter;

/**
 * The dossier on the right of the window: names, kind and facts of the selected place or link,
 * its statistics as charts and tables, data notes, policy timeline and sources; above them the
 * comparison when the user has put series side by side.
 */
public final class DetailPanel extends VBox {
    /** How many statistics cards open expanded; the rest open on a click. */
    private static final int EXPANDED_CARDS = 2;
    /** Up to this many data notes show open; more sit in a closed section. */
    private static final int OPEN_NOTES = 6;

    private final AtlasState state;
    private final DetailViewModel model;
    private final VBox content = new VBox(8);
    private final VBox compareBox = new VBox();
    private final VBox dossierBox = new VBox(8);
    /** Cards the user opened or closed, by card id, kept while the same subject is shown (a year change rebuilds the charts). */
    private final Map<String, Boolean> expanded = new java.util.HashMap<>();

    private String shownId;
    /** The unit money is drawn in; a view setting of the panel, kept across subjects. */
    private UnitConverter.Target moneyUnit = UnitConverter.Target.AS_PRINTED;

    private ScrollPane scroll;
    private final Label status = new Label();
    private final TextFileSaver saver = new TextFileSaver();
    private final HistoryText history;

    public DetailPanel(AtlasState state) {
        this.state = state;
        this.model = new DetailViewModel(state.atlas());
        this.history = new HistoryText(state.atlas(), new YearFilter(state.atlas()));
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
        state.selectionProperty().addListener((o, a, b) -> refreshDossier());
        state.languageProperty().addListener((o, a, b) -> refreshAll());
        state.yearProperty().addListener((o, a, b) -> refreshAll());
        // Only the comparison is rebuilt when it changes: the dossier keeps its open cards and scroll position.
        state.comparedSeries().addListener((javafx.collections.ListChangeListener<String>) c -> refreshComparison());
        refreshAll();
    }

    private void refreshAll() {
        refreshComparison();
        refreshDossier();
    }

    private ChartFactory charts() {
        ValueReading reading = moneyUnit.asPrinted() ? ValueReading.AS_PRINTED : new ConvertedReading(model, moneyUnit);
        return new ChartFactory(
                model,
                state.languageProperty().get(),
                Optional.ofNullable(state.yearProperty().get()),
                reading);
    }

    /** The money switch (currency and scale), offered when a chart of the dossier shows money. */
    private Node moneySwitch() {
        ChoiceBox<String> currency = choice(
                "money-currency",
                List.of("", "USD", "CNY"),
                moneyUnit.currency().orElse(""),
                c -> c.isEmpty() ? Messages.get("convert.asPrinted") : Messages.get("currency." + c));
        ChoiceBox<String> scale = choice(
                "money-scale",
                List.of("", "1000000", "1000000000"),
                moneyUnit.scale().map(java.math.BigDecimal::toPlainString).orElse(""),
                v -> v.isEmpty()
                        ? Messages.get("convert.asPrinted")
                        : MoneyUnit.scaleWords(new java.math.BigDecimal(v)));
        Runnable apply = () -> {
            moneyUnit = new UnitConverter.Target(
                    Optional.of(currency.getValue()).filter(c -> !c.isEmpty()),
                    Optional.of(scale.getValue()).filter(v -> !v.isEmpty()).map(java.math.BigDecimal::new));
            refreshAll();
        };
        currency.valueProperty().addListener((o, was, is) -> apply.run());
        scale.valueProperty().addListener((o, was, is) -> apply.run());
        HBox row = new HBox(6, Labels.wrapped(Messages.get("convert.label"), "detail-meta"), currency, scale);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, row);
        box.getStyleClass().add("money-switch");
        if (!moneyUnit.asPrinted())
            box.getChildren().add(Labels.wrapped(Messages.get("convert.note"), "stat-card-unit"));
        return box;
    }

    private static ChoiceBox<String> choice(
            String id, List<String> values, String value, java.util.function.Function<String, String> label) {
        return org.longjiang.atlas.app.ui.LabelledChoice.of(id, values, value, label);
    }

    private static boolean showsMoney(DetailViewModel.Dossier d) {
        return d.tables().stream()
                .flatMap(t -> java.util.stream.Stream.concat(t.charts().stream(), t.growth().stream()))
                .flatMap(c -> c.series().stream())
                .anyMatch(UnitConverter::convertible);
    }

    private void refreshComparison() {
        compareBox.getChildren().clear();
        List<Series> compared = state.comparedSeries().stream()
                .flatMap(id -> state.atlas().seriesById(id).stream())
                .toList();
        if (!compared.isEmpty()) {
            compareBox
                    .getChildren()
                    .add(new CompareSection(
                            compared, state, charts(), state.languageProperty().get()));
        }
        updateVisibility();
    }

    private void refreshDossier() {
        String lang = state.languageProperty().get();
        var dossier = state.selectedId().flatMap(id -> model.dossier(id, lang));
        String id = dossier.map(DetailViewModel.Dossier::id).orElse(null);
        boolean sameSubject = java.util.Objects.equals(id, shownId);
        double scrolled = scroll.getVvalue();
        if (!sameSubject) expanded.clear();
        shownId = id;
        dossierBox.getChildren().clear();
        dossier.ifPresent(d -> show(d, charts(), lang));
        updateVisibility();
        if (sameSubject) {
            // Restored after the new content is laid out, or the scroll pane would clamp it to the old height.
            javafx.application.Platform.runLater(() -> scroll.setVvalue(scrolled));
        } else {
            scroll.setVvalue(0);
        }
    }

    private void updateVisibility() {
        boolean shown =
                !dossierBox.getChildren().isEmpty() || !compareBox.getChildren().isEmpty();
        setVisible(shown);
        setManaged(shown);
    }

    private void show(DetailViewModel.Dossier d, ChartFactory charts, String lang) {
        Label title = Labels.wrapped(d.title(), "detail-title");
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
        dossierBox.getChildren().add(header);
        if (!d.otherNames().isEmpty()) {
            dossierBox.getChildren().add(Labels.wrapped(String.join("  ·  ", d.otherNames()), "detail-names"));
        }
        Subject subject = state.atlas().subject(d.id()).orElseThrow();
        Optional<Integer> year = Optional.ofNullable(state.yearProperty().get());
        Label meta = Labels.wrapped(d.kind() + "  ·  " + history.status(subject, year, lang), "detail-meta");
        meta.setId("detail-status-line");
        dossierBox.getChildren().add(meta);
        if (!d.related().isEmpty()) dossierBox.getChildren().add(related(d));
        if (!d.description().isBlank())
            dossierBox.getChildren().add(Labels.wrapped(d.description(), "detail-description"));
        if (!d.facts().isEmpty()) {
            dossierBox.getChildren().add(heading("detail.facts", 0));
            d.facts().forEach(f -> dossierBox.getChildren().add(Labels.wrapped("• " + f, "detail-fact")));
        }
        dossierBox.getChildren().add(historySection(subject, lang));
        if (!d.parts().isEmpty() || !d.tabled().isEmpty())
            dossierBox.getChildren().add(new OverviewSection(model, d, state, lang));
        if (!d.tables().isEmpty()) {
            dossierBox.getChildren().add(heading("detail.statistics", d.tables().size()));
            if (showsMoney(d)) dossierBox.getChildren().add(moneySwitch());
            for (int i = 0; i < d.tables().size(); i++) {
                StatTable t = d.tables().get(i);
                boolean open = expanded.getOrDefault(t.id(), i < EXPANDED_CARDS);
                StatTableCard card = new StatTableCard(model, t, lang, charts, actions(lang), open);
                card.expandedProperty().addListener((o, was, is) -> expanded.put(t.id(), is));
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
                            Messages.get("detail.notes.count", d.notes().size()),
                            d.notes().size() <= OPEN_NOTES,
                            () -> new NotesSection(model, d.notes(), lang)));
        }
        if (!d.timeline().isEmpty()) {
            int events = d.timeline().values().stream().mapToInt(List::size).sum();
            dossierBox
                    .getChildren()
                    .addAll(heading("detail.timeline", events), new TimelineSection(model, d.timeline(), state, lang));
        }
        dossierBox
                .getChildren()
                .addAll(
                        heading("detail.sources", d.references().size()),
                        new SourcesSection(d.references(), text -> copy(text, "status.citationCopied")));
    }

    /** The dated stages with their sources, and what the record needs operating to operate. */
    private Node historySection(Subject s, String lang) {
        VBox box = new VBox(2);
        box.setId("detail-history");
        List<String> stages = history.stages(s);
        if (stages.isEmpty()) box.getChildren().add(Labels.wrapped(history.undated(s), "detail-fact"));
        stages.forEach(line -> box.getChildren().add(Labels.wrapped("• " + line, "detail-fact")));
        List<String> deps = history.dependencies(s, lang);
        if (!deps.isEmpty())
            box.getChildren()
                    .add(Labels.wrapped(Messages.get("history.dependsOn", String.join(", ", deps)), "detail-meta"));
        return new LazySection("history-section", Messages.get("history.heading", stages.size()), true, () -> box);
    }

    private Node related(DetailViewModel.Dossier d) {
        FlowPane refs = new FlowPane(4, 2);
        refs.getChildren().add(Labels.wrapped(d.relatedHeading(), "detail-related-heading"));
        for (var r : d.related()) {
            Hyperlink h = new Hyperlink(r.name());
            h.setId("related-" + r.id());
            h.setOnAction(e -> state.focus(r.id()));
            refs.getChildren().add(h);
        }
        return refs;
    }

    private StatTableCard.Actions actions(String lang) {
        return new StatTableCard.Actions() {
            @Override
            public void copyCsv(ValueGrid grid) {
                copy(SeriesCsv.of(state.atlas(), grid), "status.csvCopied");
            }

            @Override
            public void saveCsv(ValueGrid grid, String name) {
                saver.save(getScene().getWindow(), name, "csv", SeriesCsv.of(state.atlas(), grid));
            }

            @Override
            public void compare(List<Series> series) {
                state.compare(series.stream().map(Series::id).toList());
            }
        };
    }

    private void copy(String text, String messageKey) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        status.setText(Messages.get(messageKey));
        status.setManaged(true);
    }

    private static Label heading(String key, int count) {
        return Labels.wrapped(count > 0 ? Messages.get(key + ".count", count) : Messages.get(key), "detail-heading");
    }
}
