package org.longjiang.atlas.core.basemap;

/** The vector files of the offline basemap, as shipped under {@code maps/}. */
public enum BasemapLayer {
    WORLD_LAND_110M("world_land_110m"),
    WORLD_LAND_50M("world_land_50m"),
    WORLD_BORDERS_110M("world_borders_110m"),
    WORLD_BORDERS_50M("world_borders_50m"),
    NEA_LAND_10M("nea_land_10m"),
    NEA_COAST_10M("nea_coast_10m"),
    NEA_BORDERS_10M("nea_borders_10m"),
    NEA_ADMIN1("nea_admin1_ne"),
    NEA_ADMIN1_LINES("nea_admin1_lines_ne"),
    NEA_RIVERS("nea_rivers_gshhg"),
    NEA_LAKES("nea_lakes_gshhg");

    private final String fileStem;

    BasemapLayer(String fileStem) {
        this.fileStem = fileStem;
    }

    public String fileName() {
        return fileStem + ".geojson";
    }
}
