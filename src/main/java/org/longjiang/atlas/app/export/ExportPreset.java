package org.longjiang.atlas.app.export;

import java.util.Arrays;
import java.util.Optional;

/** The named image sizes, in logical pixels (the scale multiplies them). */
public enum ExportPreset implements CliName {
    SLIDE("slide", 1920, 1080, 0, 0),
    FOUR_K("4k", 3840, 2160, 0, 0),
    /** A4 landscape at 300 dpi: 297 × 210 mm. */
    A4("a4", 3508, 2480, 297, 210),
    /** A3 landscape at 300 dpi: 420 × 297 mm, a poster. */
    A3("a3", 4961, 3508, 420, 297),
    SQUARE("square", 1080, 1080, 0, 0);

    /** The dots per inch of the paper presets. */
    public static final int PRINT_DPI = 300;

    private final String id;
    private final int width;
    private final int height;
    private final int paperWidthMm;
    private final int paperHeightMm;

    ExportPreset(String id, int width, int height, int paperWidthMm, int paperHeightMm) {
        this.id = id;
        this.width = width;
        this.height = height;
        this.paperWidthMm = paperWidthMm;
        this.paperHeightMm = paperHeightMm;
    }

    /** Whether the preset is a sheet of paper (its pixels are the sheet at {@link #PRINT_DPI}). */
    public boolean isPaper() {
        return paperWidthMm > 0;
    }

    public int paperWidthMm() {
        return paperWidthMm;
    }

    public int paperHeightMm() {
        return paperHeightMm;
    }

    /**
     * The paper an image of this size is printed on: a paper preset's size in logical pixels, or in
     * device pixels (so {@code --size 1754x1240 --scale 2}, A4 with type twice as large, is A4 too).
     */
    public static Optional<ExportPreset> paperFor(int width, int height, int pixelWidth, int pixelHeight) {
        return Arrays.stream(values())
                .filter(ExportPreset::isPaper)
                .filter(p -> p.width == width && p.height == height || p.width == pixelWidth && p.height == pixelHeight)
                .findFirst();
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
