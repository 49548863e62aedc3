package org.longjiang.atlas.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The atlas's version as the build stamped it, for the provenance of exported files. */
public final class AppVersion {
    private static final String RESOURCE = "/atlas-version.properties";

    private AppVersion() {}

    /** For example "0.1.0-SNAPSHOT"; "unknown" when the build left no stamp. */
    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
