package org.longjiang.atlas.core.model;

/** The life-cycle state of a place or link. */
public enum Status {
    OPERATING,
    UNDER_CONSTRUCTION,
    PLANNED,
    SUSPENDED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
