package org.longjiang.atlas.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote into the jar: the version and the platform whose JavaFX it carries. */
record BuildInfo(String version, String platform, String javafx) {
    private static final String RESOURCE = "/org/longjiang/atlas/build-info.properties";

    static BuildInfo read() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("missing " + RESOURCE);
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(p.getProperty("version"), p.getProperty("platform"), p.getProperty("javafx"));
    }
}
