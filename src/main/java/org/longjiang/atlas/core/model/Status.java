package org.longjiang.atlas.core.model;

import java.util.Locale;

/**
 * Where a place or link stood in a year: proposed (or agreed), under construction, operating, or
 * suspended (or closed). "Not yet" is the absence of a status.
 */
public enum Status {
    PROPOSED,
    UNDER_CONSTRUCTION,
    OPERATING,
    SUSPENDED;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id used in the data files and in style classes (asked for on every map layout: made once). */
    public String id() {
        return id;
    }
}
