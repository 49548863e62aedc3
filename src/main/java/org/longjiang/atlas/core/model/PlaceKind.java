package org.longjiang.atlas.core.model;

/** What a place is; drives its map symbol. */
public enum PlaceKind {
    PROVINCE,
    COUNTRY,
    CITY,
    BORDER_PORT,
    AIRPORT,
    SEAPORT,
    RIVER_PORT,
    BRIDGE,
    ISLAND,
    PIPELINE_STATION,
    RAIL_HUB,
    PARK,
    INSTITUTION;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
