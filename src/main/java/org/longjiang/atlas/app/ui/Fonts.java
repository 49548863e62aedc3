package org.longjiang.atlas.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Loads the bundled WenQuanYi Micro Hei font, which covers Latin, Cyrillic and Chinese, so that
 * names render the same in the window, in exports and in CI, whatever fonts the machine has.
 */
public final class Fonts {
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    private static volatile boolean loaded;

    private Fonts() {}

    public static synchronized void load() {
        if (loaded) return;
        try (InputStream in = openBundled()) {
            Font[] fonts = Font.loadFonts(in, 12);
            if (fonts == null || fonts.length == 0) throw new IOException("unreadable " + RESOURCE);
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled font collection's bytes (for Java2D, and for embedding in SVG and PDF files). */
    public static InputStream openBundled() throws IOException {
        InputStream in = Fonts.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IOException("missing " + RESOURCE);
        return in;
    }
}
