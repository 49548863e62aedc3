package org.longjiang.atlas.app.export;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The dialog's settings that outlive it: what, size, scale, decorations, format and the last folder. The
 * title and the view are not kept: they belong to the view being exported.
 */
record ExportSettings(
        ExportContent what,
        int width,
        int height,
        int scale,
        Set<Decoration> decorations,
        ExportFormat format,
        String folder) {
    static final ExportSettings DEFAULTS = new ExportSettings(
            ExportContent.MAP,
            ExportPreset.SLIDE.width(),
            ExportPreset.SLIDE.height(),
            1,
            Decoration.all(),
            ExportFormat.PNG,
            System.getProperty("user.home"));

    /** Reads what was kept; anything missing or unreadable falls back to the default. */
    static ExportSettings load(SettingsStore s) {
        ExportSettings d = DEFAULTS;
        ExportContent what = ExportContent.byId(s.get("what", "")).orElse(d.what);
        int w = number(s.get("width", ""), 64, ExportRequest.MAX_SIDE).orElse(d.width);
        int h = number(s.get("height", ""), 64, ExportRequest.MAX_SIDE).orElse(d.height);
        int scale = number(s.get("scale", ""), 1, 4).filter(v -> v != 3).orElse(d.scale);
        String kept = s.get("decorations", null);
        Set<Decoration> decorations = EnumSet.noneOf(Decoration.class);
        if (kept == null) decorations.addAll(d.decorations);
        else for (String id : kept.split(",")) Decoration.byId(id).ifPresent(decorations::add);
        ExportFormat format = ExportFormat.byId(s.get("format", "")).orElse(d.format);
        return new ExportSettings(what, w, h, scale, decorations, format, s.get("folder", d.folder));
    }

    void save(SettingsStore s) {
        s.put("what", what.id());
        s.put("width", String.valueOf(width));
        s.put("height", String.valueOf(height));
        s.put("scale", String.valueOf(scale));
        s.put("decorations", Decoration.join(decorations));
        s.put("format", format.id());
        s.put("folder", folder);
    }

    private static Optional<Integer> number(String text, int min, int max) {
        try {
            int v = Integer.parseInt(text);
            return v >= min && v <= max ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
