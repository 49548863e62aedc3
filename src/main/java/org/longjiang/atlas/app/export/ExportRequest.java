package org.longjiang.atlas.app.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.geo.Viewport;

/**
 * Everything an exported figure depends on: the view, the subject, what is shown, size, scale,
 * language, decorations, the layers switched off, the year, and whether the type is presentation
 * mode's (larger, darker: the {@code :presentation} style of the window). The dialog and the {@code export}
 * command both build one and hand it to {@link ExportRenderer}, so equal requests give equal pixels.
 *
 * @param scale device pixels per logical pixel: 1, 2 or 4 for files; previews use fractions
 * @param year  the year the map shows, or empty for today
 * @param presentation  presentation mode's large type, as the window shows it on a projector
 */
public record ExportRequest(
        ExportContent what,
        Viewport view,
        Optional<String> subject,
        String title,
        int width,
        int height,
        double scale,
        String language,
        Set<Decoration> decorations,
        Set<String> hiddenKinds,
        Optional<Integer> year,
        boolean presentation) {

    /** The longest side of an image, in logical pixels. */
    public static final int MAX_SIDE = 16_384;

    public ExportRequest {
        decorations = decorations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(decorations));
        hiddenKinds = Set.copyOf(hiddenKinds);
    }

    /** A request in the window's everyday type. */
    public ExportRequest(
            ExportContent what,
            Viewport view,
            Optional<String> subject,
            String title,
            int width,
            int height,
            double scale,
            String language,
            Set<Decoration> decorations,
            Set<String> hiddenKinds,
            Optional<Integer> year) {
        this(what, view, subject, title, width, height, scale, language, decorations, hiddenKinds, year, false);
    }

    /** The image's size in device pixels. */
    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }

    public boolean has(Decoration d) {
        return decorations.contains(d);
    }

    /** The same request rendered at another pixel scale (the dialog's preview). */
    public ExportRequest atScale(double s) {
        return new ExportRequest(
                what, view, subject, title, width, height, s, language, decorations, hiddenKinds, year, presentation);
    }

    /** Puts the request's subject, language, layers and year into a fresh state the image is drawn from. */
    void applyTo(AtlasState state) {
        state.setLanguage(language);
        subject.ifPresentOrElse(state::select, state::clearSelection);
        hiddenKinds.forEach(k -> state.setKindVisible(k, false));
        state.setYear(year.orElse(null));
    }

    /**
     * The {@code export} arguments that make the same image (without {@code --out}); the dialog
     * shows them, and the parity test runs them. Numbers are written in full so they read back exactly.
     */
    public List<String> toArgs() {
        List<String> a = new ArrayList<>(List.of("--what", what.id()));
        subject.ifPresent(s -> a.addAll(List.of("--view", s)));
        a.addAll(List.of("--center", view.lon() + "," + view.lat(), "--zoom", String.valueOf(view.zoom())));
        a.addAll(ExportPreset.ofSize(width, height)
                .map(p -> List.of("--preset", p.id()))
                .orElse(List.of("--size", width + "x" + height)));
        a.addAll(List.of("--scale", String.valueOf((int) scale), "--lang", language, "--title", title));
        if (decorations.isEmpty()) a.add("--plain");
        else if (!decorations.equals(Decoration.all()))
            a.addAll(List.of("--decorations", Decoration.join(decorations)));
        if (!hiddenKinds.isEmpty()) a.addAll(List.of("--hide", String.join(",", new TreeSet<>(hiddenKinds))));
        year.ifPresent(y -> a.addAll(List.of("--year", String.valueOf(y))));
        if (presentation) a.add("--presentation");
        return a;
    }
}
