package org.longjiang.atlas.core.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/** Colours and strokes of the reference basemap: quiet, so the atlas's own layers stand out. */
final class BasemapStyle {
    static final Color SEA = new Color(0xC4DAEA);
    static final Color LAND = new Color(0xF3F0E8);
    static final Color SUBJECT_TINT = new Color(0xF8E6C2);
    static final Color LAKE = SEA;
    static final Color LAKE_SHORE = new Color(0x93B5CE);
    static final Color RIVER = new Color(0x86AFD2);
    static final Color ADMIN = new Color(0xB2A59C);
    static final Color BORDER_HALO = new Color(150, 100, 155, 70);
    static final Color BORDER = new Color(0x6E4E70);
    static final Color COAST = new Color(0x7FA6C4);

    /** The province the atlas is about (Natural Earth admin-1 {@code gn_name}). */
    static final String SUBJECT_PROVINCE = "Heilongjiang Sheng";

    private BasemapStyle() {}

    static Stroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Stroke dashed(float width, float dash) {
        return new BasicStroke(
                width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {dash, dash * 0.6f}, 0f);
    }

    static float borderWidth(int zoom) {
        return zoom <= 3 ? 0.7f : zoom <= 5 ? 1.0f : 1.3f;
    }

    static float riverWidth(int level, int zoom) {
        float base = switch (level) {
            case 1 -> 1.1f;
            case 2 -> 0.8f;
            default -> 0.55f;
        };
        return base * (zoom <= 4 ? 0.8f : zoom <= 6 ? 1.1f : zoom <= 8 ? 1.6f : 2.2f);
    }
}
