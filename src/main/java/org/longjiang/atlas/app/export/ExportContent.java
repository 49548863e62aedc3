package org.longjiang.atlas.app.export;

import java.util.Optional;

/** What an image shows: the map, the map with the open dossier beside it, or the whole window. */
public enum ExportContent implements CliName {
    MAP("map"),
    MAP_DOSSIER("map+dossier"),
    WINDOW("window");

    private final String id;

    ExportContent(String id) {
        this.id = id;
    }

    /** The name used by {@code --what} and in settings. */
    public String id() {
        return id;
    }

    public static Optional<ExportContent> byId(String id) {
        return CliName.byId(ExportContent.class, id);
    }
}
