package org.longjiang.atlas.core.model;

import java.util.List;

/** The bounding box of an area (a province, a country), in degrees: what framing the area shows. */
public record Extent(double west, double south, double east, double north) {
    public Extent {
        if (!(west >= -180 && east <= 180 && west < east)) throw new IllegalArgumentException("west must be < east");
        if (!(south >= -85 && north <= 85 && south < north))
            throw new IllegalArgumentException("south must be < north");
    }

    /** The two opposite corners. */
    public List<LatLon> corners() {
        return List.of(new LatLon(south, west), new LatLon(north, east));
    }
}
