package org.longjiang.atlas.app.export;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
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
import javafx.util.StringConverter;
import org.longjiang.atlas.core.i18n.Messages;

/** The dialog's settings column: what, size, scale, title, decorations, format and file, bound to the model. */
final class ExportForm extends GridPane {
    private static final String CUSTOM = "custom";
    private int row;

    ExportForm(ExportDialogModel model, Runnable browse) {
        getStyleClass().add("export-form");
        setHgap(10);
        setVgap(8);
        ChoiceBox<ExportContent> what = new ChoiceBox<>();
        what.setId("export-what");
        what.getItems().addAll(ExportContent.values());
        what.setConverter(converter(c -> Messages.get("export.what." + c.id())));
        what.valueProperty().bindBidirectional(model.whatProperty());
        if (!model.hasSelection()) what.getItems().remove(ExportContent.MAP_DOSSIER);
        add(Messages.get("export.dialog.what"), what);
        if (!model.hasSelection()) {
            Label hint = new Label(Messages.get("export.dialog.needSelection"));
            hint.getStyleClass().add("export-hint");
            hint.setWrapText(true);
            hint.setMaxWidth(300);
            add("", hint);
        }
        add(Messages.get("export.dialog.size"), sizeRow(model));
        add("", pixels(model));
        add(Messages.get("export.dialog.scale"), scaleRow(model.scaleProperty()));
        TextField title = new TextField();
        title.setId("export-title-field");
        title.textProperty().bindBidirectional(model.titleProperty());
        add(Messages.get("export.dialog.title.field"), title);
        add(Messages.get("export.dialog.decorations"), decorations(model));
        CheckBox large = new CheckBox(Messages.get("export.dialog.presentation"));
        large.setId("export-presentation");
        large.selectedProperty().bindBidirectional(model.presentationProperty());
        add(Messages.get("export.dialog.type"), large);
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().addAll(ExportFormat.values());
        format.setConverter(converter(f -> f.id().toUpperCase(Locale.ROOT)));
        format.valueProperty().bindBidirectional(model.formatProperty());
        add(Messages.get("export.dialog.format"), new HBox(8, format, page(model)));
        TextField file = new TextField();
        file.setId("export-file");
        file.setPrefColumnCount(24);
        file.textProperty().bindBidirectional(model.fileProperty());
        Button choose = new Button(Messages.get("export.dialog.browse"));
        choose.setOnAction(e -> browse.run());
        add(Messages.get("export.dialog.file"), new HBox(6, file, choose));
    }

    private void add(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add("export-form-label");
        add(l, 0, row);
        add(control, 1, row++);
    }

    private static HBox sizeRow(ExportDialogModel model) {
        ChoiceBox<String> preset = new ChoiceBox<>();
        preset.setId("export-preset");
        for (ExportPreset p : ExportPreset.values()) preset.getItems().add(p.id());
        preset.getItems().add(CUSTOM);
        preset.setConverter(converter(id -> Messages.get("export.preset." + id)));
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

    private static Label pixels(ExportDialogModel model) {
        Label px = new Label();
        px.setId("export-pixels");
        px.getStyleClass().add("export-hint");
        Runnable update = () -> px.setText(Messages.get(
                "export.dialog.pixels",
                model.widthProperty().get() * model.scaleProperty().get(),
                model.heightProperty().get() * model.scaleProperty().get()));
        update.run();
        for (var p : new IntegerProperty[] {model.widthProperty(), model.heightProperty(), model.scaleProperty()})
            p.addListener(o -> update.run());
        return px;
    }

    /** For a PDF, the page the figure will be printed on. */
    private static Label page(ExportDialogModel model) {
        Label page = new Label();
        page.setId("export-page");
        page.getStyleClass().add("export-hint");
        Runnable update = () -> {
            ExportRequest r = model.request();
            double[] mm = ExportRenderer.pageMm(r);
            page.setText(ExportPreset.paperFor(r.width(), r.height(), r.pixelWidth(), r.pixelHeight())
                    .map(p -> Messages.get("export.dialog.page", p.id().toUpperCase(Locale.ROOT)))
                    .orElse(Messages.get("export.dialog.pageOwn", Math.round(mm[0]), Math.round(mm[1]))));
            page.setVisible(model.formatProperty().get() == ExportFormat.PDF);
        };
        update.run();
        model.formatProperty().addListener(o -> update.run());
        for (var p : new IntegerProperty[] {model.widthProperty(), model.heightProperty(), model.scaleProperty()})
            p.addListener(o -> update.run());
        return page;
    }

    private static HBox scaleRow(IntegerProperty scale) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(0);
        for (int s : new int[] {1, 2, 4}) {
            ToggleButton b = new ToggleButton(s + "×");
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

    private static FlowPane decorations(ExportDialogModel model) {
        FlowPane pane = new FlowPane(10, 6);
        pane.setPrefWrapLength(320);
        for (Decoration d : Decoration.values()) {
            CheckBox c = new CheckBox(Messages.get("export.decoration." + d.id()));
            c.setId("export-decoration-" + d.id());
            c.selectedProperty().bindBidirectional(model.decorationProperty(d));
            pane.getChildren().add(c);
        }
        Button plain = new Button(Messages.get("export.dialog.plain"));
        plain.setId("export-plain");
        plain.setOnAction(e -> model.setAllDecorations(false));
        Button all = new Button(Messages.get("export.dialog.all"));
        all.setOnAction(e -> model.setAllDecorations(true));
        pane.getChildren().addAll(plain, all);
        return pane;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
