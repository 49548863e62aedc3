package org.longjiang.atlas.core.export;

import java.util.List;
import org.longjiang.atlas.core.model.Atlas;

/** The whole content of one kind in one format: what {@code list} prints and File → Export data saves. */
public enum ContentExport {
    PLACES_GEOJSON("places", "geojson"),
    PLACES_CSV("places", "csv"),
    LINKS_GEOJSON("links", "geojson"),
    LINKS_CSV("links", "csv"),
    SERIES_CSV("series", "csv"),
    EVENTS_CSV("events", "csv"),
    NOTES_CSV("notes", "csv");

    private final String what;
    private final String format;

    ContentExport(String what, String format) {
        this.what = what;
        this.format = format;
    }

    public String what() {
        return what;
    }

    public String format() {
        return format;
    }

    public String fileName() {
        return "longjiang-atlas-" + what + "." + format;
    }

    public String render(Atlas a) {
        return switch (this) {
            case PLACES_GEOJSON -> GeoJsonWriter.places(a, List.copyOf(a.places()));
            case PLACES_CSV -> ContentTables.places(a, List.copyOf(a.places())).toCsv();
            case LINKS_GEOJSON -> GeoJsonWriter.links(a, List.copyOf(a.links()));
            case LINKS_CSV -> ContentTables.links(a, List.copyOf(a.links())).toCsv();
            case SERIES_CSV -> ContentTables.series(a, List.copyOf(a.series())).toCsv();
            case EVENTS_CSV -> ContentTables.events(a, List.copyOf(a.events())).toCsv();
            case NOTES_CSV -> ContentTables.notes(a, List.copyOf(a.notes())).toCsv();
        };
    }
}
