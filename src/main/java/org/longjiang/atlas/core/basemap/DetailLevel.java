package org.longjiang.atlas.core.basemap;

/**
 * Which layers a zoom draws: world 110m when the whole world is in view, world 50m for the
 * Eurasia view, and the regional 1:10m files inside their box from zoom 5.
 */
record DetailLevel(
        BasemapLayer land,
        BasemapLayer borders,
        boolean regional,
        int maxRiverLevel,
        double minLakeArea,
        boolean adminLines,
        boolean subjectTint) {

    static DetailLevel forZoom(int zoom) {
        if (zoom <= 2) {
            return new DetailLevel(
                    BasemapLayer.WORLD_LAND_110M,
                    BasemapLayer.WORLD_BORDERS_110M,
                    false,
                    0,
                    Double.MAX_VALUE,
                    false,
                    false);
        }
        if (zoom <= 4) {
            return new DetailLevel(
                    BasemapLayer.WORLD_LAND_50M,
                    BasemapLayer.WORLD_BORDERS_50M,
                    false,
                    zoom == 3 ? 0 : 1,
                    zoom == 3 ? 2.0 : 0.3,
                    zoom == 4,
                    true);
        }
        return new DetailLevel(
                BasemapLayer.WORLD_LAND_50M,
                BasemapLayer.WORLD_BORDERS_50M,
                true,
                zoom <= 5 ? 2 : 3,
                zoom <= 5 ? 0.02 : zoom <= 7 ? 0.002 : 0,
                true,
                true);
    }
}
