package org.longjiang.atlas.core.model;

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
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
