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

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
