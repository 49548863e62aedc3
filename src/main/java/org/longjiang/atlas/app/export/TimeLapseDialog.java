package org.longjiang.atlas.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.longjiang.atlas.app.ui.Failures;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.app.ui.TextMenus;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtomicFile;

/**
 * The time-lapse, offered from the Export dialog: the image that dialog describes (view, size, scale,
 * language, layers, decorations), once for each year of a range, as an animated GIF or as one PNG per
 * year in a folder — exactly what {@code export --animate} and {@code export --years} make, and the
 * dialog shows that command. Frames are made off the FX thread, one at a time, with a progress bar and
 * a Stop button.
 */
final class TimeLapseDialog extends Stage {
    static final List<String> SPEEDS = List.of("0.5", "1", "2", "4");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    /** How a run ended, for the status line. */
    private record Ended(String message, boolean failed, boolean complete) {}

    private final Supplier<ExportRequest> image;
    private final TimeLapse lapse;
    private final TaskRunner tasks;
    private final Predicate<Path> confirmOverwrite;
    private final Spinner<Integer> from;
    private final Spinner<Integer> to;
    private final Spinner<Integer> step = new Spinner<>(1, 10, 1);
    private final ChoiceBox<String> speed = new ChoiceBox<>();
    private final RadioButton gif = new RadioButton();
    private final RadioButton pngs = new RadioButton();
    private final TextField target = new TextField();
    private final TextField command = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button make = new Button();
    private final Button stop = new Button();
    private final ObservableValue<String> language;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final AtomicBoolean stopping = new AtomicBoolean();

    /**
     * @param image      the Export dialog's image, read when the time-lapse starts
     * @param firstYear  the earliest year offered
     * @param lastYear   the latest year offered ("today")
     * @param folder     where the file goes unless the user chooses another
     */
    TimeLapseDialog(
            Window owner,
            ObservableValue<String> language,
            Supplier<ExportRequest> image,
            ExportRenderer renderer,
            TaskRunner tasks,
            int firstYear,
            int lastYear,
            Path folder,
            Predicate<Path> confirmOverwrite) {
        this.image = image;
        this.language = language;
        this.lapse = new TimeLapse(renderer);
        this.tasks = tasks;
        this.confirmOverwrite = confirmOverwrite;
        if (owner != null) initOwner(owner);
        titleProperty().bind(UiText.of(language, "timelapse.dialog.title"));
        gif.textProperty().bind(UiText.of(language, "timelapse.dialog.gif"));
        pngs.textProperty().bind(UiText.of(language, "timelapse.dialog.pngs"));
        make.textProperty().bind(UiText.of(language, "timelapse.dialog.make"));
        stop.textProperty().bind(UiText.of(language, "timelapse.dialog.stop"));
        int start = Math.max(firstYear, lastYear - 30);
        from = new Spinner<>(firstYear, lastYear, start);
        to = new Spinner<>(firstYear, lastYear, lastYear);
        target.setText(folder.resolve("longjiang-atlas-" + start + "-" + lastYear + ".gif")
                .toString());

        VBox root = new VBox(12, intro(), form(), progressRow(), commandRow(), buttons());
        root.getStyleClass().addAll("atlas-root", "export-dialog", "timelapse-dialog");
        root.getStylesheets()
                .add(TimeLapseDialog.class.getResource("/css/app.css").toExternalForm());
        root.getStylesheets()
                .add(TimeLapseDialog.class.getResource("/css/export.css").toExternalForm());
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !running.get()) close();
        });
        setScene(scene);
        for (var o : List.of(from.valueProperty(), to.valueProperty(), step.valueProperty(), speed.valueProperty()))
            o.addListener(x -> showCommand());
        target.textProperty().addListener(x -> showCommand());
        gif.selectedProperty().addListener((o, was, isGif) -> switchOutput(isGif));
        setOnHiding(e -> stopping.set(true));
        showCommand();
    }

    private Label intro() {
        Label intro = new Label();
        intro.textProperty().bind(UiText.of(language, "timelapse.dialog.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        intro.getStyleClass().add("export-hint");
        return intro;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-form");
        grid.setHgap(10);
        grid.setVgap(8);
        for (Spinner<Integer> s : List.of(from, to, step)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        from.setId("timelapse-from");
        to.setId("timelapse-to");
        step.setId("timelapse-step");
        Label dash = new Label("–");
        Label every = new Label();
        every.textProperty().bind(UiText.of(language, "timelapse.dialog.every"));
        Label years = new Label();
        years.textProperty()
                .bind(UiText.of(language, m -> m.get("timelapse.dialog.years", step.getValue()), step.valueProperty()));
        HBox range = new HBox(6, from, dash, to, every, step, years);
        range.setAlignment(Pos.CENTER_LEFT);
        speed.setId("timelapse-speed");
        speed.getItems().addAll(SPEEDS);
        speed.setValue("1");
        language.addListener((o, was, is) -> relabelSpeeds());
        relabelSpeeds();
        ToggleGroup output = new ToggleGroup();
        gif.setId("timelapse-gif");
        pngs.setId("timelapse-pngs");
        gif.setToggleGroup(output);
        pngs.setToggleGroup(output);
        gif.setSelected(true);
        target.setId("timelapse-target");
        target.setPrefColumnCount(28);
        Button browse = new Button();
        browse.textProperty().bind(UiText.of(language, "export.dialog.browse"));
        browse.setId("timelapse-browse");
        browse.setOnAction(e -> browse());
        int row = 0;
        row = add(grid, row, "timelapse.dialog.range", range);
        row = add(grid, row, "timelapse.dialog.as", new VBox(6, gif, pngs));
        row = add(grid, row, "timelapse.dialog.speed", speed);
        add(grid, row, "timelapse.dialog.target", new HBox(6, target, browse));
        speed.disableProperty().bind(pngs.selectedProperty());
        grid.disableProperty().bind(running);
        return grid;
    }

    private int add(GridPane grid, int row, String key, Node control) {
        Label l = new Label();
        l.textProperty().bind(UiText.of(language, key));
        l.getStyleClass().add("export-form-label");
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        return row + 1;
    }

    private HBox progressRow() {
        progress.setId("timelapse-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        status.setId("timelapse-status");
        status.getStyleClass().add("export-status");
        status.setWrapText(true);
        status.setMaxWidth(300);
        HBox row = new HBox(10, progress, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox commandRow() {
        command.setId("timelapse-command");
        command.setEditable(false);
        Label label = new Label();
        label.textProperty().bind(UiText.of(language, "export.dialog.command"));
        TextMenus.install(command, language);
        TextMenus.install(target, language);
        return new VBox(6, label, command);
    }

    private HBox buttons() {
        make.setId("timelapse-make");
        make.setDefaultButton(true);
        make.setOnAction(e -> make());
        make.disableProperty().bind(running);
        stop.setId("timelapse-stop");
        stop.setOnAction(e -> stopping.set(true));
        stop.disableProperty().bind(running.not());
        Button close = new Button();
        close.textProperty().bind(UiText.of(language, "export.dialog.close"));
        close.setId("timelapse-close");
        close.setOnAction(e -> close());
        close.disableProperty().bind(running);
        HBox row = new HBox(8, make, stop, close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    /** A GIF is one file; PNGs go into a folder of the same name without the extension, and back. */
    private void switchOutput(boolean toGif) {
        String t = target.getText();
        if (toGif && !t.endsWith(".gif")) target.setText(t + ".gif");
        if (!toGif && t.endsWith(".gif")) target.setText(t.substring(0, t.length() - 4));
    }

    private void browse() {
        Path current = Path.of(target.getText()).toAbsolutePath();
        File parent = current.getParent() == null ? null : current.getParent().toFile();
        File chosen;
        if (gif.isSelected()) {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GIF", "*.gif"));
            if (parent != null && parent.isDirectory()) chooser.setInitialDirectory(parent);
            chooser.setInitialFileName(current.getFileName().toString());
            chosen = chooser.showSaveDialog(this);
        } else {
            DirectoryChooser chooser = new DirectoryChooser();
            if (parent != null && parent.isDirectory()) chooser.setInitialDirectory(parent);
            chosen = chooser.showDialog(this);
        }
        if (chosen != null) target.setText(chosen.getPath());
    }

    /** The years chosen, or empty (and a word in the status line) when the range runs backwards. */
    private Optional<YearRange> range() {
        if (from.getValue() > to.getValue()) {
            status.setText(messages().get("timelapse.dialog.backwards"));
            return Optional.empty();
        }
        return Optional.of(new YearRange(from.getValue(), to.getValue(), step.getValue()));
    }

    private void showCommand() {
        if (from.getValue() > to.getValue()) return;
        command.setText(command(
                image.get(),
                new YearRange(from.getValue(), to.getValue(), step.getValue()),
                gif.isSelected(),
                speed.getValue(),
                target.getText()));
    }

    /** The {@code export} command that makes the same time-lapse. */
    static String command(ExportRequest image, YearRange years, boolean gif, String speed, String target) {
        List<String> args = new ArrayList<>(image.toArgs());
        int y = args.indexOf("--year");
        if (y >= 0) args.subList(y, y + 2).clear();
        args.addAll(List.of(gif ? "--animate" : "--years", years.from() + ".." + years.to()));
        if (years.step() != 1) args.addAll(List.of("--step", String.valueOf(years.step())));
        if (gif && !"1".equals(speed)) args.addAll(List.of("--speed", speed));
        args.addAll(List.of("--out", target));
        return "longjiang-atlas export "
                + String.join(" ", args.stream().map(ExportDialog::quoted).toList());
    }

    /** Makes the time-lapse; asks before replacing a file, or any year's image in the folder. */
    void make() {
        var years = range();
        if (years.isEmpty()) return;
        YearRange range = years.get();
        Path out = Path.of(target.getText());
        boolean asGif = gif.isSelected();
        Messages m = messages();
        Optional<Message> problem = asGif ? AtomicFile.whyNotWritable(out) : whyNoFolder(out);
        if (problem.isPresent()) {
            failed(m.get("timelapse.dialog.failed", out, problem.get().in(m)));
            return;
        }
        long existing = asGif
                ? (Files.exists(out) ? 1 : 0)
                : range.years().stream()
                        .filter(y -> Files.exists(TimeLapse.file(out, y)))
                        .count();
        if (existing > 0 && !confirmOverwrite.test(out)) {
            status.setText(m.get("export.dialog.kept", out));
            return;
        }
        ExportRequest base = image.get();
        int total = range.years().size();
        int frameMillis = (int) Math.round(1000 / Double.parseDouble(speed.getValue()));
        stopping.set(false);
        running.set(true);
        progress.setProgress(0);
        status.pseudoClassStateChanged(FAILED, false);
        status.setText(m.get("timelapse.dialog.frame", 1, total, m.year(range.from())));
        tasks.run(
                () -> {
                    try {
                        IntConsumer done = n -> {
                            if (stopping.get()) throw new CancellationException();
                            int next = Math.min(n + 1, total);
                            int year = range.years().get(next - 1);
                            onFx(() -> {
                                progress.setProgress((double) n / total);
                                if (n < total)
                                    status.setText(m.get("timelapse.dialog.frame", next, total, m.year(year)));
                            });
                        };
                        String made;
                        List<Message> notices;
                        if (asGif) {
                            notices = lapse.toGif(base, range, frameMillis, out, done);
                            made = m.get(
                                    "timelapse.dialog.madeGif", out, total, m.year(range.from()), m.year(range.to()));
                        } else {
                            Files.createDirectories(out);
                            notices = lapse.toPngs(base, range, out, done);
                            made = m.get(
                                    "timelapse.dialog.madePngs", out, total, m.year(range.from()), m.year(range.to()));
                        }
                        for (Message n : notices) made = m.get("timelapse.dialog.notice", made, n.in(m));
                        return new Ended(made, false, true);
                    } catch (CancellationException e) {
                        return new Ended(
                                m.get(asGif ? "timelapse.dialog.stoppedGif" : "timelapse.dialog.stopped"),
                                false,
                                false);
                    } catch (IOException | RuntimeException | OutOfMemoryError e) {
                        return new Ended(m.get("timelapse.dialog.failed", out, Failures.reason(e, m)), true, false);
                    }
                },
                ended -> {
                    running.set(false);
                    if (ended.failed()) failed(ended.message());
                    else status.setText(ended.message());
                    if (ended.complete()) progress.setProgress(1);
                });
    }

    private static Optional<Message> whyNoFolder(Path folder) {
        if (Files.isDirectory(folder)) return Optional.empty();
        if (Files.exists(folder)) return Optional.of(Message.of("timelapse.dialog.notAFolder"));
        Path parent = folder.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) return Optional.of(Message.of("export.noFolder", parent));
        return Optional.empty();
    }

    private Messages messages() {
        return Messages.of(language.getValue());
    }

    /** The speed box's items, in the dialog's language ("1 year a second", "4 years a second"). */
    private void relabelSpeeds() {
        Messages m = messages();
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                if (s == null) return "";
                return "1".equals(s) ? m.get("timelapse.dialog.speedOne") : m.get("timelapse.dialog.speedMany", s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
    }

    private void failed(String message) {
        status.setText(message);
        status.pseudoClassStateChanged(FAILED, true);
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    // For tests.
    Spinner<Integer> fromSpinner() {
        return from;
    }

    Spinner<Integer> toSpinner() {
        return to;
    }

    Spinner<Integer> stepSpinner() {
        return step;
    }

    void asPngs(boolean folder) {
        (folder ? pngs : gif).setSelected(true);
    }

    TextField target() {
        return target;
    }

    String status() {
        return status.getText();
    }

    String commandLine() {
        return command.getText();
    }

    double progress() {
        return progress.getProgress();
    }
}
