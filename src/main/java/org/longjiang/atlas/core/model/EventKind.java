package org.longjiang.atlas.core.model;

import java.util.Locale;

/** The kind of a dated policy or milestone. */
public enum EventKind {
    NATIONAL_STRATEGY,
    PROVINCIAL_STRATEGY,
    PLAN,
    AGREEMENT,
    OPENING,
    MILESTONE,
    RUSSIAN_POLICY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
