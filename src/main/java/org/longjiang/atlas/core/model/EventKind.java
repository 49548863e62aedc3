package org.longjiang.atlas.core.model;

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
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
