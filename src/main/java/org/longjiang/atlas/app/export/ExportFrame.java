package org.longjiang.atlas.app.export;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.Fonts;
import org.longjiang.atlas.app.ui.MapSurface;
import org.longjiang.atlas.core.export.SourcesLine;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * An exported image: a title band, the map as the window draws it (alone, beside the dossier, or
 * the whole window) with the switched-on decorations, and a band citing the sources.
 */
final class ExportFrame extends BorderPane {
    private final AtlasState state;
    private final MapSurface mapPane;
    private final Label subtitle = new Label();
    private final Label sources = new Label();
    private final Messages m;

    ExportFrame(AtlasState state, ExportRequest r, ExportViews views) {
        this.state = state;
        this.m = Messages.of(state.languageProperty().get());
        Fonts.load();
        getStyleClass().addAll("atlas-root", "export-frame");
        getStylesheets().add(ExportFrame.class.getResource("/css/app.css").toExternalForm());
        getStylesheets().add(ExportFrame.class.getResource("/css/export.css").toExternalForm());
        switch (r.what()) {
            case WINDOW -> {
                ExportViews.Window window = views.window(state);
                mapPane = window.map();
                setCenter(window.root());
            }
            case MAP_DOSSIER -> {
                mapPane = views.map(state);
                HBox.setHgrow(mapPane.node(), Priority.ALWAYS);
                setCenter(new HBox(mapPane.node(), views.dossier(state)));
            }
            default -> {
                mapPane = views.map(state);
                setCenter(mapPane.node());
            }
        }
        mapPane.setInteractive(r.what() == ExportContent.WINDOW);
        mapPane.setDecorations(r.has(Decoration.LEGEND), r.has(Decoration.SCALE_BAR), r.has(Decoration.ATTRIBUTION));
        VBox corner = new VBox(8);
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        if (r.has(Decoration.YEAR) && state.yearProperty().get() != null)
            corner.getChildren().add(yearBadge());
        if (r.has(Decoration.NORTH_ARROW)) corner.getChildren().add(new NorthArrow(m));
        if (!corner.getChildren().isEmpty()) mapPane.addOverlay(corner, Pos.TOP_RIGHT);
        if (r.has(Decoration.TITLE)) setTop(titleBand(r.title()));
        if (r.has(Decoration.SOURCES)) setBottom(sourcesBand());
    }

    /** The year the map shows, read from the state (null is today, and then there is nothing to say). */
    private Label yearBadge() {
        Label year = new Label(m.get("export.year", state.yearProperty().get()));
        year.setId("export-year");
        year.getStyleClass().add("export-year");
        return year;
    }

    private VBox titleBand(String title) {
        Label t = new Label(title);
        t.setId("export-title");
        t.getStyleClass().add("export-title");
        // A tour stop's caption is its title: long ones wrap rather than end in an ellipsis.
        t.setWrapText(true);
        t.setMinHeight(USE_PREF_SIZE);
        subtitle.getStyleClass().add("export-subtitle");
        VBox top = new VBox(2, t, subtitle);
        top.getStyleClass().add("export-title-band");
        return top;
    }

    private VBox sourcesBand() {
        sources.setId("export-sources");
        sources.getStyleClass().add("export-sources");
        sources.setWrapText(true);
        VBox bottom = new VBox(sources);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("export-sources-band");
        return bottom;
    }

    /** Writes the subtitle and the sources line for the view the map settled on, at its real size. */
    void describe(Viewport v, double mapWidth, double mapHeight) {
        subtitle.setText(m.get("export.subtitle", m.fixed(v.lat(), 2), m.fixed(v.lon(), 2), m.fixed(v.zoom(), 1)));
        Integer year = state.yearProperty().get();
        var filter = new org.longjiang.atlas.core.query.YearFilter(state.atlas());
        var cited = SourcesLine.forView(
                state.atlas(),
                v,
                mapWidth,
                mapHeight,
                k -> !state.hiddenKinds().contains(k),
                id -> year == null || filter.statusIn(id, year).isPresent());
        sources.setText(
                cited.isEmpty() ? m.get("export.noSources") : m.get("export.sources", SourcesLine.format(cited, m)));
    }

    MapSurface mapPane() {
        return mapPane;
    }
}
