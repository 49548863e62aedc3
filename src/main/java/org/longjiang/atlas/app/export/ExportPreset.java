package org.longjiang.atlas.app.export;

import java.util.Arrays;
import java.util.Optional;

/** The named image sizes, in logical pixels (the scale multiplies them). */
public enum ExportPreset implements CliName {
    SLIDE("slide", 1920, 1080),
    FOUR_K("4k", 3840, 2160),
    /** A4 landscape at 300 dpi: 297 × 210 mm. */
    A4("a4", 3508, 2480),
    SQUARE("square", 1080, 1080);

    private final String id;
    private final int width;
    private final int height;

    ExportPreset(String id, int width, int height) {
        this.id = id;
        this.width = width;
        this.height = height;
    }

    public String id() {
        return id;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public static Optional<ExportPreset> byId(String id) {
        return CliName.byId(ExportPreset.class, id);
    }

    /** The preset of exactly this size, if there is one. */
    public static Optional<ExportPreset> ofSize(int width, int height) {
        return Arrays.stream(values())
                .filter(p -> p.width == width && p.height == height)
                .findFirst();
    }
}
