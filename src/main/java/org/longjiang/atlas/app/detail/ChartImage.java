package org.longjiang.atlas.app.detail;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.query.ChartKind;
import org.longjiang.atlas.core.query.ChartSpec;

/** Lays a dossier chart out off screen, with the panel's styles, for fact sheets; call it on the FX thread. */
public final class ChartImage {
    private ChartImage() {}

    /** The chart in a scene of its own, styled and laid out, ready to be snapshotted; a ranking grows taller to fit its rows. */
    public static Region prepare(DossierBuilder model, ChartSpec spec, String lang, int width, int height) {
        Messages m = Messages.of(lang);
        MarkedChart chart = new ChartFactory(model, m, Optional.empty(), ValueReading.asPrinted(model, m)).build(spec);
        StackPane root = new StackPane(chart);
        root.getStyleClass().addAll("atlas-root", "chart-image");
        root.getStylesheets()
                .addAll(
                        ChartImage.class.getResource("/css/app.css").toExternalForm(),
                        ChartImage.class.getResource("/css/detail.css").toExternalForm());
        double h = spec.kind() == ChartKind.RANKING
                ? Math.max(height, chart.chart().getPrefHeight())
                : height;
        new Scene(root, width, h);
        root.applyCss();
        root.layout();
        return root;
    }
}
