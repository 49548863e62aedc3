package org.longjiang.atlas.core.basemap;

import org.longjiang.atlas.core.geo.WebMercator;

/** The box the regional 1:10m files were clipped to (95–160° E, 30–65° N), in normalised Mercator. */
final class RegionalBox {
    static final double MIN_X = WebMercator.x(95);
    static final double MAX_X = WebMercator.x(160);
    static final double MIN_Y = WebMercator.y(65);
    static final double MAX_Y = WebMercator.y(30);

    private RegionalBox() {}
}
