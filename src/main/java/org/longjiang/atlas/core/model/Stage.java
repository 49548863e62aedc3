package org.longjiang.atlas.core.model;

import java.util.Locale;

/** A step in the life of a place or link, in the order they can happen. */
public enum Stage {
    PROPOSED(Status.PROPOSED),
    AGREED(Status.PROPOSED),
    CONSTRUCTION(Status.UNDER_CONSTRUCTION),
    OPENED(Status.OPERATING),
    SUSPENDED(Status.SUSPENDED),
    RESUMED(Status.OPERATING),
    CLOSED(Status.SUSPENDED);

    private final Status status;

    Stage(Status status) {
        this.status = status;
    }

    /** The status a place or link has from this stage on. */
    public Status status() {
        return status;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
