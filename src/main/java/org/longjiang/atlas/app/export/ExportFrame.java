package org.longjiang.atlas.app.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.Fonts;
import org.longjiang.atlas.app.ui.MapSurface;
import org.longjiang.atlas.app.ui.render.Layers;
import org.longjiang.atlas.core.export.SourcesLine;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.query.YearFilter;

/**
 * An exported image: a title band, the map as the window draws it (alone, beside the dossier, or
 * the whole window) with the switched-on decorations, and a band citing the sources.
 */
final class ExportFrame extends BorderPane {
    private final AtlasState state;
    private final MapSurface mapPane;
    /** The title and sources bands take at most this share of the image's height; beyond it they give way. */
    static final double MAX_BAND_SHARE = 0.4;

    private static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    /** Space an overlay keeps from the map's edges (its margin on each side). */
    private static final double OVERLAY_MARGINS = 20;

    private final ExportRequest request;
    private final Label subtitle = new Label();
    private final Label sources = new Label();
    private final VBox corner = new VBox(8);
    private final Messages m;
    private final Set<Decoration> shown;
    private String sourcesLine = "";

    ExportFrame(AtlasState state, ExportRequest r, ExportViews views) {
        this.state = state;
        this.m = Messages.of(state.languageProperty().get());
        this.request = r;
        this.shown = EnumSet.noneOf(Decoration.class);
        shown.addAll(r.decorations());
        Fonts.load();
        getStyleClass().addAll("atlas-root", "export-frame");
        getStylesheets().add(ExportFrame.class.getResource("/css/app.css").toExternalForm());
        getStylesheets().add(ExportFrame.class.getResource("/css/export.css").toExternalForm());
        if (r.presentation()) {
            // The window's own presentation style: what a projector shows, the figure shows.
            getStylesheets()
                    .add(ExportFrame.class.getResource("/css/presentation.css").toExternalForm());
            pseudoClassStateChanged(PRESENTATION, true);
        }
        switch (r.what()) {
            case WINDOW -> {
                ExportViews.Window window = views.window(state);
                mapPane = window.map();
                setCenter(window.root());
            }
            case MAP_DOSSIER -> {
                mapPane = views.map(state);
                HBox.setHgrow(mapPane.node(), Priority.ALWAYS);
                setCenter(new HBox(mapPane.node(), Layers.mark(views.dossier(state), "dossier")));
            }
            default -> {
                mapPane = views.map(state);
                setCenter(mapPane.node());
            }
        }
        mapPane.setInteractive(r.what() == ExportContent.WINDOW);
        mapPane.setDecorations(r.has(Decoration.LEGEND), r.has(Decoration.SCALE_BAR), r.has(Decoration.ATTRIBUTION));
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        if (r.has(Decoration.YEAR) && state.yearProperty().get() != null)
            corner.getChildren().add(yearBadge());
        if (r.has(Decoration.NORTH_ARROW)) corner.getChildren().add(Layers.mark(new NorthArrow(m), "north-arrow"));
        if (!corner.getChildren().isEmpty()) mapPane.addOverlay(corner, Pos.TOP_RIGHT);
        if (r.has(Decoration.TITLE)) setTop(Layers.mark(titleBand(r.title()), "title"));
        if (r.has(Decoration.SOURCES)) setBottom(Layers.mark(sourcesBand(), "sources"));
    }

    /** The year the map shows, read from the state (null is today, and then there is nothing to say). */
    private Label yearBadge() {
        Label year =
                Layers.mark(new Label(m.get("export.year", state.yearProperty().get())), "year");
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
        YearFilter filter = new YearFilter(state.atlas());
        var cited = SourcesLine.forView(
                state.atlas(),
                v,
                mapWidth,
                mapHeight,
                k -> !state.hiddenKinds().contains(k),
                id -> year == null || filter.statusIn(id, year).isPresent());
        sourcesLine = cited.isEmpty() ? "" : SourcesLine.format(cited, m);
        sources.setText(cited.isEmpty() ? m.get("export.noSources") : m.get("export.sources", sourcesLine));
    }

    /** The papers behind the view as last described, for the file's provenance ("" for none). */
    String sourcesLine() {
        return sourcesLine;
    }

    /**
     * Leaves out what does not fit a small image, and says what: the bands give way when they would
     * take more than {@link #MAX_BAND_SHARE} of the height (the sources line first, then the
     * subtitle, then the title), and an overlay when it would not fit inside the map. The map keeps
     * the rest of the image, however small. Call after a layout; lay out again afterwards.
     */
    List<Message> fit() {
        List<Message> left = new ArrayList<>();
        double limit = request.height() * MAX_BAND_SHARE;
        if (bands() > limit && getBottom() != null) {
            setBottom(null);
            leftOut(left, Decoration.SOURCES);
        }
        if (bands() > limit && subtitle.isManaged()) {
            subtitle.setVisible(false);
            subtitle.setManaged(false);
            layout();
        }
        if (bands() > limit && getTop() != null) {
            setTop(null);
            leftOut(left, Decoration.TITLE);
        }
        double mapW = mapPane.mapWidth(), mapH = mapPane.mapHeight();
        if (!fits(lookup("#legend"), mapW, mapH, 1)) {
            mapPane.setDecorations(false, shown.contains(Decoration.SCALE_BAR), shown.contains(Decoration.ATTRIBUTION));
            leftOut(left, Decoration.LEGEND);
        }
        // The attribution wraps at half the width: taller than a third of the map, it would hide it.
        if (!fits(lookup(".map-attribution"), mapW, mapH, 1.0 / 3)) {
            mapPane.setDecorations(shown.contains(Decoration.LEGEND), shown.contains(Decoration.SCALE_BAR), false);
            leftOut(left, Decoration.ATTRIBUTION);
        }
        if (!fits(lookup(".scale-bar"), mapW, mapH, 1)) {
            mapPane.setDecorations(shown.contains(Decoration.LEGEND), false, shown.contains(Decoration.ATTRIBUTION));
            leftOut(left, Decoration.SCALE_BAR);
        }
        if (!corner.getChildren().isEmpty() && !fits(corner, mapW, mapH, 1)) {
            corner.setVisible(false);
            if (shown.contains(Decoration.YEAR) && lookup("#export-year") != null) leftOut(left, Decoration.YEAR);
            leftOut(left, Decoration.NORTH_ARROW);
        }
        return left;
    }

    private double bands() {
        layout();
        double h = 0;
        if (getTop() instanceof Region top) h += top.getHeight();
        if (getBottom() instanceof Region bottom) h += bottom.getHeight();
        return h;
    }

    private void leftOut(List<Message> notices, Decoration d) {
        if (!shown.remove(d)) return;
        notices.add(Message.of(
                "export.leftOut", Message.of("export.decoration." + d.id()), request.width(), request.height()));
        layout();
    }

    /** Whether a visible overlay fits the map with its margins, using at most {@code share} of its height. */
    private static boolean fits(Node n, double mapW, double mapH, double share) {
        if (n == null || !n.isVisible()) return true;
        var b = n.getBoundsInParent();
        return b.getHeight() <= share * (mapH - OVERLAY_MARGINS) && b.getWidth() <= mapW - OVERLAY_MARGINS;
    }

    MapSurface mapPane() {
        return mapPane;
    }
}
