package org.longjiang.atlas.app.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a figure comes from, written into every file (PNG text chunks, SVG metadata, PDF document
 * information): its title, what it shows (the view and the year), the papers behind it and the app.
 */
public record ExportProvenance(String title, String description, String sources, String software) {

    /** The same facts as PNG keywords (Title, Description, Source, Software), in that order. */
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", title);
        m.put("Description", description);
        m.put("Source", sources);
        m.put("Software", software);
        return m;
    }
}
