package org.longjiang.atlas.core.model;

/** Whether a link's course is known ({@code SURVEYED}) or only indicative ({@code SCHEMATIC}, drawn dashed). */
public enum Geometry {
    SURVEYED,
    SCHEMATIC
}
