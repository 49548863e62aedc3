package org.longjiang.atlas.core.model;

import java.util.Locale;

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
    INSTITUTION,
    /** A named region or district (Northeast Asia, the Yangtze River Delta): a label, not a point. */
    REGION,
    /** A sea, strait or ocean: a water label (not "sea", which is the kind of a sea route). */
    SEA_AREA,
    /** A river: a water label (not "river", which is the kind of a river route). */
    RIVER_COURSE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Natural features and geographic regions have no history in the atlas: they are shown in every
     * year and carry no lifecycle (countries, provinces and cities do).
     */
    public boolean timeless() {
        return this == REGION || this == SEA_AREA || this == RIVER_COURSE;
    }
}
