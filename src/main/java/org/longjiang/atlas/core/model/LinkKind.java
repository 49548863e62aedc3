package org.longjiang.atlas.core.model;

import java.util.Locale;

/** What a link carries; drives its line style and legend entry. */
public enum LinkKind {
    RAIL,
    ROAD,
    BRIDGE,
    PIPELINE_OIL,
    PIPELINE_GAS,
    AIR,
    SEA,
    RIVER,
    LAND_SEA,
    POWER,
    CABLE,
    CORRIDOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
