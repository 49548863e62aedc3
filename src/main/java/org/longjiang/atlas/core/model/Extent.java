package org.longjiang.atlas.core.model;

import java.util.List;

/** The bounding box of an area (a province, a country), in degrees: what framing the area shows. */
public record Extent(double west, double south, double east, double north) {
    public Extent {
        if (!westToEast(west, east)) throw new IllegalArgumentException("west must be < east");
        if (!southToNorth(south, north)) throw new IllegalArgumentException("south must be < north");
    }

    /** Longitudes within -180..180, west before east. */
    public static boolean westToEast(double west, double east) {
        return west >= -180 && east <= 180 && west < east;
    }

    /** Latitudes within the map's -85..85, south before north. */
    public static boolean southToNorth(double south, double north) {
        return south >= -85 && north <= 85 && south < north;
    }

    /** The two opposite corners. */
    public List<LatLon> corners() {
        return List.of(new LatLon(south, west), new LatLon(north, east));
    }
}
