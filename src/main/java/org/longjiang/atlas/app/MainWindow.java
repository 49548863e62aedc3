package org.longjiang.atlas.app;

import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.longjiang.atlas.app.detail.DetailPanel;
import org.longjiang.atlas.app.export.DataExportMenu;
import org.longjiang.atlas.app.export.ExportDialog;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.map.MapPane;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.presentation.PresentationMode;
import org.longjiang.atlas.app.presentation.TourCaption;
import org.longjiang.atlas.app.presentation.TourPlayer;
import org.longjiang.atlas.app.presentation.ToursMenu;
import org.longjiang.atlas.app.problems.DataProblemsButton;
import org.longjiang.atlas.app.search.SearchBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.timeline.TimelineBar;
import org.longjiang.atlas.app.ui.UiText;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;

/** The window's content: toolbar on top, the map in the middle, the detail panel on the right. */
public final class MainWindow extends BorderPane {
    private final AtlasState state;
    private final TourPlayer tours;
    private final PresentationMode presentation;
    private final MapPane mapPane;
    private final DataProblemsButton problems;
    private ToursMenu toursMenu;
    /** Made when first needed (see showDossier). */
    private DetailPanel detail;

    private final TimelineBar timeline;

    public MainWindow(AtlasState state) {
        this.state = state;
        problems = new DataProblemsButton(state.languageProperty());
        getStyleClass().add("atlas-root");
        getStylesheets().add(MainWindow.class.getResource("/css/app.css").toExternalForm());
        mapPane = new MapPane(state);
        mapPane.setInteractive(true);
        tours = new TourPlayer(state);
        presentation = new PresentationMode(state, tours, this);
        TourCaption caption = new TourCaption(state, tours);
        mapPane.addOverlay(caption, Pos.BOTTOM_RIGHT);
        caption.setMouseTransparent(false);
        // Above the attribution line, which must stay readable.
        StackPane.setMargin(caption, new Insets(10, 10, 42, 10));
        setCenter(mapPane);
        timeline = new TimelineBar(state);
        HBox toolbar = toolbar(state);
        setBottom(timeline);
        // The dossier is built when first needed (a subject selected, series compared), not at start.
        state.selectionProperty().addListener((o, was, is) -> showDossier());
        state.comparedSeries().addListener((ListChangeListener<String>) c -> showDossier());
        showDossier();
        setTop(toolbar);
        // Presentation hides the chrome: the toolbar and the time bar (the tour caption shows the year).
        state.presentingProperty().addListener((o, was, on) -> {
            setTop(on ? null : toolbar);
            setBottom(on ? null : timeline);
        });
        problems.show(state.contentProperty().get().problems(), List.of());
    }

    public TourPlayer tours() {
        return tours;
    }

    public PresentationMode presentation() {
        return presentation;
    }

    private HBox toolbar(AtlasState state) {
        var language = state.languageProperty();
        Label title = new Label();
        title.textProperty().bind(UiText.of(language, "app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label();
        subtitle.textProperty().bind(UiText.of(language, "app.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button about = new Button();
        about.textProperty().bind(UiText.of(language, "about.button"));
        about.setId("about");
        about.setOnAction(e -> AboutDialog.show(getScene().getWindow(), state.atlas(), Messages.of(language.get())));
        Button province = new Button();
        province.textProperty().bind(UiText.of(language, "province.button"));
        province.setId("province-button");
        province.setOnAction(e -> state.focus(Atlas.PROVINCE_ID));
        Button export = new Button();
        export.textProperty().bind(UiText.of(language, "export.button"));
        export.setId("export-image");
        export.setOnAction(e -> openExport(state));
        // Ctrl+E, or Cmd+E on macOS
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null)
                scene.getAccelerators()
                        .put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), export::fire);
        });
        SearchBox search = new SearchBox(state);
        HBox bar = new HBox(12) {
            @Override
            protected void layoutChildren() {
                fitSubtitle(this, subtitle, spacer, search);
                super.layoutChildren();
            }
        };
        bar.getChildren()
                .addAll(
                        title,
                        subtitle,
                        spacer,
                        province,
                        search,
                        LanguageChoice.of(state),
                        export,
                        new DataExportMenu(state),
                        toursMenu(state),
                        problems,
                        about);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Controls keep their full width; when the window is narrow the subtitle gives way, then the search box.
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r && n != subtitle && n != spacer && !(n instanceof SearchBox))
                r.setMinWidth(Region.USE_PREF_SIZE);
        });
        bar.getStyleClass().add("app-toolbar");
        return bar;
    }

    /**
     * The subtitle shows whole or not at all: Russian and Chinese labels leave it less room than
     * English, and a cut subtitle would read as a fault. The search box keeps a usable width first.
     */
    private static void fitSubtitle(HBox bar, Label subtitle, Region spacer, SearchBox search) {
        double others = bar.getChildren().stream()
                .filter(n -> n != subtitle && n != spacer && n.isManaged())
                .mapToDouble(n -> n == search ? n.minWidth(-1) : n.prefWidth(-1))
                .sum();
        double spacing = bar.getSpacing() * (bar.getChildren().size() - 1);
        double room = bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset() - spacing - others;
        boolean fits = subtitle.prefWidth(-1) <= room;
        if (fits != subtitle.isManaged()) {
            subtitle.setVisible(fits);
            subtitle.setManaged(fits);
        }
    }

    public AtlasState state() {
        return state;
    }

    private ToursMenu toursMenu(AtlasState state) {
        toursMenu = new ToursMenu(state, tours, presentation, mapPane::view);
        return toursMenu;
    }

    /** Opens a tour file and starts its first tour. */
    public void openTour(File file) {
        toursMenu.open(file);
    }

    private void showDossier() {
        if (getRight() == null
                && (state.selectedId().isPresent() || !state.comparedSeries().isEmpty())) setRight(detail());
    }

    private void openExport(AtlasState state) {
        // The window loads the basemap in the background; an export asked for in the first second waits for it here.
        BasemapData basemap =
                TileService.shared().basemap() != null ? TileService.shared().basemap() : BasemapData.loadBundled();
        ExportRenderer renderer =
                new ExportRenderer(state.contentProperty().get(), new ViewRenderer(basemap), new AtlasViews());
        ExportDialog.open(getScene().getWindow(), state, mapPane::view, renderer);
    }

    public DetailPanel detail() {
        if (detail == null) detail = new DetailPanel(state);
        return detail;
    }

    public TimelineBar timeline() {
        return timeline;
    }

    public MapPane mapPane() {
        return mapPane;
    }

    public DataProblemsButton problemsButton() {
        return problems;
    }
}
