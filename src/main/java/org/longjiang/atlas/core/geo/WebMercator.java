package org.longjiang.atlas.core.geo;

/**
 * The spherical Web-Mercator projection used by slippy maps: the world is a square of
 * {@code 256·2^zoom} pixels; x grows east from 180° W, y grows south from 85.0511° N.
 */
public final class WebMercator {
    public static final int TILE_SIZE = 256;
    public static final double MAX_LAT = 85.05112878;
    private static final double EARTH_CIRCUMFERENCE_M = 40_075_016.686;

    private WebMercator() {}

    /** Longitude → x in [0, 1). */
    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    /** Latitude → y in [0, 1], clamped at the projection's poles. */
    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double r = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    /** Width of the whole world in pixels at a (possibly fractional) zoom. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** Ground metres covered by one screen pixel at a latitude and zoom. */
    public static double metresPerPixel(double lat, double zoom) {
        return EARTH_CIRCUMFERENCE_M * Math.cos(Math.toRadians(lat)) / worldSize(zoom);
    }
}
