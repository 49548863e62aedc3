package org.longjiang.atlas.core.model;

import java.util.Locale;

/** What general knowledge (not the papers) supplied to a record: the reader is told, item by item. */
public enum Supplied {
    DATE,
    COORDINATES,
    ROUTE,
    IDENTIFICATION,
    FIGURE,
    EXISTENCE,
    CONTEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
