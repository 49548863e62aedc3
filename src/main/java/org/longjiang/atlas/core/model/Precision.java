package org.longjiang.atlas.core.model;

/** How sure the coordinates of a place are. */
public enum Precision {
    EXACT,
    APPROXIMATE
}
