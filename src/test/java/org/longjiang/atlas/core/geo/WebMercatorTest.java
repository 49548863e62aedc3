package org.longjiang.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WebMercatorTest {
    @Test
    void knownPoints() {
        assertEquals(0.5, WebMercator.x(0), 1e-12);
        assertEquals(0.5, WebMercator.y(0), 1e-12);
        assertEquals(0.0, WebMercator.x(-180), 1e-12);
        assertEquals(0.0, WebMercator.y(WebMercator.MAX_LAT), 1e-9);
        assertEquals(1.0, WebMercator.y(-89), 1e-9, "clamped at the projection's edge");
    }

    @Test
    void harbinFallsInTheTileAnySlippyMapPutsItIn() {
        // Harbin 45.7567 N 126.6424 E is tile 6/54/22 in every OSM-style tile scheme.
        int z = 6;
        assertEquals(54, (int) Math.floor(WebMercator.x(126.6424) * (1 << z)));
        assertEquals(22, (int) Math.floor(WebMercator.y(45.7567) * (1 << z)));
    }

    @Test
    void inverseRoundTrips() {
        for (double lat = -80; lat <= 80; lat += 7.3) {
            assertEquals(lat, WebMercator.lat(WebMercator.y(lat)), 1e-9);
        }
        assertEquals(126.6424, WebMercator.lon(WebMercator.x(126.6424)), 1e-9);
    }

    @Test
    void worldSizeAndGroundResolution() {
        assertEquals(8192, WebMercator.worldSize(5), 1e-9);
        assertEquals(156_543.03, WebMercator.metresPerPixel(0, 0), 0.01);
        assertEquals(156_543.03 / 32 * Math.cos(Math.toRadians(60)), WebMercator.metresPerPixel(60, 5), 0.01);
    }
}
