package org.longjiang.atlas.app.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.longjiang.atlas.app.ui.LabelledChoice;
import org.longjiang.atlas.app.ui.TextMenus;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.i18n.Messages;

/** The dialog's settings column: what, size, scale, title, decorations, format and file, bound to the model. */
final class ExportForm extends GridPane {
    private static final String CUSTOM = "custom";
    private int row;
    private final ReadOnlyStringProperty language;

    ExportForm(ExportDialogModel model, Runnable browse) {
        this.language = model.language();
        getStyleClass().add("export-form");
        setHgap(10);
        setVgap(8);
        List<ExportContent> contents = Arrays.stream(ExportContent.values())
                .filter(c -> model.hasSelection() || c != ExportContent.MAP_DOSSIER)
                .toList();
        ChoiceBox<ExportContent> what = LabelledChoice.of(
                "export-what", contents, model.whatProperty().get(), c -> text("export.what." + c.id()), language);
        what.valueProperty().bindBidirectional(model.whatProperty());
        add("export.dialog.what", what);
        if (!model.hasSelection()) {
            Label hint = label("export.dialog.needSelection");
            hint.getStyleClass().add("export-hint");
            hint.setWrapText(true);
            hint.setMaxWidth(300);
            hint.setMinHeight(USE_PREF_SIZE);
            add(null, hint);
        }
        add("export.dialog.size", sizeRow(model));
        add(null, pixels(model));
        add("export.dialog.scale", scaleRow(model.scaleProperty()));
        TextField title = new TextField();
        title.setId("export-title-field");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextMenus.install(title, language);
        add("export.dialog.title.field", title);
        add("export.dialog.decorations", decorations(model));
        CheckBox large = new CheckBox();
        large.textProperty().bind(UiText.of(language, "export.dialog.presentation"));
        large.setId("export-presentation");
        large.selectedProperty().bindBidirectional(model.presentationProperty());
        add("export.dialog.type", large);
        ChoiceBox<ExportFormat> format = LabelledChoice.of(
                "export-format",
                List.of(ExportFormat.values()),
                model.formatProperty().get(),
                f -> text("export.format." + f.id()),
                language);
        format.valueProperty().bindBidirectional(model.formatProperty());
        add("export.dialog.format", new HBox(8, format, page(model)));
        TextField file = new TextField();
        file.setId("export-file");
        file.setPrefColumnCount(24);
        file.textProperty().bindBidirectional(model.fileProperty());
        TextMenus.install(file, language);
        Button choose = new Button();
        choose.textProperty().bind(UiText.of(language, "export.dialog.browse"));
        choose.setOnAction(e -> browse.run());
        add("export.dialog.file", new HBox(6, file, choose));
    }

    private String text(String key) {
        return Messages.of(language.get()).get(key);
    }

    /** A label in the dialog's language, relabelled when the window's language changes. */
    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(UiText.of(language, key));
        return l;
    }

    private void add(String labelKey, Node control) {
        Label l = labelKey == null ? new Label() : label(labelKey);
        l.getStyleClass().add("export-form-label");
        l.setMinWidth(USE_PREF_SIZE);
        add(l, 0, row);
        add(control, 1, row++);
    }

    private HBox sizeRow(ExportDialogModel model) {
        List<String> ids = new ArrayList<>();
        for (ExportPreset p : ExportPreset.values()) ids.add(p.id());
        ids.add(CUSTOM);
        ChoiceBox<String> preset =
                LabelledChoice.of("export-preset", ids, CUSTOM, id -> text("export.preset." + id), language);
        Spinner<Integer> w = spinner(model.widthProperty(), "export-width");
        Spinner<Integer> h = spinner(model.heightProperty(), "export-height");
        Runnable showPreset = () -> preset.setValue(ExportPreset.ofSize(
                        model.widthProperty().get(), model.heightProperty().get())
                .map(ExportPreset::id)
                .orElse(CUSTOM));
        showPreset.run();
        model.widthProperty().addListener(o -> showPreset.run());
        model.heightProperty().addListener(o -> showPreset.run());
        preset.valueProperty()
                .addListener((o, a, id) -> ExportPreset.byId(id == null ? "" : id)
                        .ifPresent(p -> {
                            model.widthProperty().set(p.width());
                            model.heightProperty().set(p.height());
                        }));
        return new HBox(6, preset, w, new Label("×"), h);
    }

    private static Spinner<Integer> spinner(IntegerProperty value, String id) {
        Spinner<Integer> s = new Spinner<>(64, ExportRequest.MAX_SIDE, value.get(), 10);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.valueProperty().addListener((o, a, v) -> value.set(v));
        value.addListener((o, a, v) -> s.getValueFactory().setValue(v.intValue()));
        return s;
    }

    private Label pixels(ExportDialogModel model) {
        Label px = new Label();
        px.setId("export-pixels");
        px.getStyleClass().add("export-hint");
        px.textProperty()
                .bind(UiText.of(
                        language,
                        m -> m.get(
                                "export.dialog.pixels",
                                model.widthProperty().get()
                                        * model.scaleProperty().get(),
                                model.heightProperty().get()
                                        * model.scaleProperty().get()),
                        model.widthProperty(),
                        model.heightProperty(),
                        model.scaleProperty()));
        return px;
    }

    /** For a PDF, the page the figure will be printed on. */
    private Label page(ExportDialogModel model) {
        Label page = new Label();
        page.setId("export-page");
        page.getStyleClass().add("export-hint");
        page.textProperty()
                .bind(UiText.of(
                        language,
                        m -> {
                            ExportRequest r = model.request();
                            double[] mm = ExportRenderer.pageMm(r);
                            return ExportPreset.paperFor(r.width(), r.height(), r.pixelWidth(), r.pixelHeight())
                                    .map(p -> m.get("export.dialog.page", p.id().toUpperCase(Locale.ROOT)))
                                    .orElse(m.get("export.dialog.pageOwn", Math.round(mm[0]), Math.round(mm[1])));
                        },
                        model.formatProperty(),
                        model.widthProperty(),
                        model.heightProperty(),
                        model.scaleProperty()));
        page.visibleProperty().bind(model.formatProperty().isEqualTo(ExportFormat.PDF));
        return page;
    }

    private HBox scaleRow(IntegerProperty scale) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(0);
        for (int s : new int[] {1, 2, 4}) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(UiText.of(language, "export.dialog.scaleTimes", s));
            b.setId("export-scale-" + s);
            b.setToggleGroup(group);
            b.setSelected(scale.get() == s);
            b.setOnAction(e -> {
                scale.set(s);
                b.setSelected(true); // a scale is always chosen
            });
            box.getChildren().add(b);
        }
        return box;
    }

    private FlowPane decorations(ExportDialogModel model) {
        FlowPane pane = new FlowPane(10, 6);
        pane.setPrefWrapLength(320);
        for (Decoration d : Decoration.values()) {
            CheckBox c = new CheckBox();
            c.textProperty().bind(UiText.of(language, "export.decoration." + d.id()));
            c.setId("export-decoration-" + d.id());
            c.selectedProperty().bindBidirectional(model.decorationProperty(d));
            pane.getChildren().add(c);
        }
        Button plain = new Button();
        plain.textProperty().bind(UiText.of(language, "export.dialog.plain"));
        plain.setId("export-plain");
        plain.setOnAction(e -> model.setAllDecorations(false));
        Button all = new Button();
        all.textProperty().bind(UiText.of(language, "export.dialog.all"));
        all.setOnAction(e -> model.setAllDecorations(true));
        pane.getChildren().addAll(plain, all);
        return pane;
    }
}
