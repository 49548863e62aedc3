package org.longjiang.atlas.app.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * The export dialog's settings as properties, and the {@link ExportRequest} they make for what the
 * window shows now (its view, selection, language, layers and year).
 */
public final class ExportDialogModel {
    private final AtlasState live;
    private final Supplier<Viewport> view;
    private final ObjectProperty<ExportContent> what = new SimpleObjectProperty<>(this, "what");
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width");
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height");
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale");
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty file = new SimpleStringProperty(this, "file");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final Map<Decoration, BooleanProperty> decorations = new EnumMap<>(Decoration.class);

    ExportDialogModel(AtlasState live, Supplier<Viewport> view, ExportSettings kept) {
        this.live = live;
        this.view = view;
        what.set(
                kept.what() == ExportContent.MAP_DOSSIER && live.selectedId().isEmpty()
                        ? ExportContent.MAP
                        : kept.what());
        width.set(kept.width());
        height.set(kept.height());
        scale.set(kept.scale());
        for (Decoration d : Decoration.values())
            decorations.put(d, new SimpleBooleanProperty(kept.decorations().contains(d)));
        String subject = live.selectedId()
                .flatMap(this::name)
                .orElse(Messages.of(live.languageProperty().get()).get("export.defaultTitle"));
        title.set(subject);
        presentation.set(live.presentingProperty().get());
        String stem = live.selectedId().orElse("longjiang-atlas");
        format.set(kept.format());
        file.set(Path.of(kept.folder()).resolve(stem + "." + kept.format().id()).toString());
        // The file's extension follows the format, and a typed extension chooses the format.
        format.addListener((o, was, f) -> {
            if (f != null) file.set(f.withExtension(file.get()));
        });
        file.addListener((o, was, name) ->
                ExportFormat.ofFile(name).filter(f -> f != format.get()).ifPresent(format::set));
    }

    private Optional<String> name(String id) {
        return live.atlas()
                .subject(id)
                .map(s -> Messages.of(live.languageProperty().get()).text(s.names()));
    }

    /** The image the settings describe, of the window's current view. */
    public ExportRequest request() {
        Set<Decoration> on = EnumSet.noneOf(Decoration.class);
        decorations.forEach((d, p) -> {
            if (p.get()) on.add(d);
        });
        ExportContent w =
                what.get() == ExportContent.MAP_DOSSIER && live.selectedId().isEmpty() ? ExportContent.MAP : what.get();
        return new ExportRequest(
                w,
                view.get(),
                live.selectedId(),
                title.get(),
                width.get(),
                height.get(),
                scale.get(),
                live.languageProperty().get(),
                on,
                live.hiddenKinds(),
                Optional.ofNullable(live.yearProperty().get()),
                presentation.get());
    }

    /** What to keep for next time; the folder is the file's. */
    ExportSettings settings() {
        Path parent = Path.of(file.get()).toAbsolutePath().getParent();
        return new ExportSettings(
                what.get(),
                width.get(),
                height.get(),
                scale.get(),
                request().decorations(),
                format.get(),
                parent == null ? ExportSettings.DEFAULTS.folder() : parent.toString());
    }

    /** Every decoration off ({@code plain}) or on. */
    public void setAllDecorations(boolean on) {
        decorations.values().forEach(p -> p.set(on));
    }

    /** Everything a change of which calls for a new preview. */
    Observable[] dependencies() {
        List<Observable> all =
                new ArrayList<>(List.of(what, width, height, scale, title, presentation, live.languageProperty()));
        all.addAll(decorations.values());
        return all.toArray(Observable[]::new);
    }

    public ObjectProperty<ExportContent> whatProperty() {
        return what;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty heightProperty() {
        return height;
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** Presentation mode's large type; on when the window is presenting. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public BooleanProperty decorationProperty(Decoration d) {
        return decorations.get(d);
    }

    /** The window's language: the dialog speaks it, and the image is made in it. */
    ReadOnlyStringProperty language() {
        return live.languageProperty();
    }

    boolean hasSelection() {
        return live.selectedId().isPresent();
    }
}
