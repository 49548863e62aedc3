package org.longjiang.atlas.core.model;

import java.util.Locale;

/** The life-cycle state of a place or link. */
public enum Status {
    OPERATING,
    UNDER_CONSTRUCTION,
    PLANNED,
    SUSPENDED;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id used in the data files and in style classes (asked for on every map layout: made once). */
    public String id() {
        return id;
    }
}
