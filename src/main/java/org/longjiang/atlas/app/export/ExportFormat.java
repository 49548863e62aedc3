package org.longjiang.atlas.app.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats of an exported figure: pixels (PNG), or vector with text as text (SVG, PDF). */
public enum ExportFormat implements CliName {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    /** The name used by {@code --format}, in settings, and as the file extension. */
    public String id() {
        return id;
    }

    public static Optional<ExportFormat> byId(String id) {
        return CliName.byId(ExportFormat.class, id);
    }

    /** The format a file name asks for by its extension, if it names one. */
    public static Optional<ExportFormat> ofFile(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byId(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The file name with this format's extension instead of any of the formats' own. */
    public String withExtension(String file) {
        for (ExportFormat f : values()) {
            String ext = "." + f.id;
            if (file.toLowerCase(Locale.ROOT).endsWith(ext))
                return file.substring(0, file.length() - ext.length()) + "." + id;
        }
        return file + "." + id;
    }
}
