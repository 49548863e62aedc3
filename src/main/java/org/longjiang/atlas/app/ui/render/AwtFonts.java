package org.longjiang.atlas.app.ui.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.longjiang.atlas.app.ui.Fonts;

/**
 * The JavaFX fonts of a scene as Java2D fonts. The bundled WenQuanYi Micro Hei is registered with
 * Java2D too, so Chinese and Cyrillic render (and embed) wherever the scene's text goes; a family
 * Java2D does not know falls back to it. The style is the one JavaFX actually uses (a family with no
 * bold face is drawn regular, as JavaFX draws it).
 */
final class AwtFonts {
    private static final Map<String, Font> CACHE = new ConcurrentHashMap<>();
    private static volatile Set<String> families;

    private AwtFonts() {}

    static Font of(javafx.scene.text.Font fx) {
        String style = fx.getStyle().toLowerCase(Locale.ROOT);
        int awtStyle = (style.contains("bold") || style.contains("black") || style.contains("heavy") ? Font.BOLD : 0)
                | (style.contains("italic") || style.contains("oblique") ? Font.ITALIC : 0);
        String family = families().contains(fx.getFamily()) ? fx.getFamily() : Fonts.FAMILY;
        float size = (float) fx.getSize();
        return CACHE.computeIfAbsent(
                family + '/' + awtStyle + '/' + size, k -> new Font(family, awtStyle, 1).deriveFont(size));
    }

    /** The Java2D families, after registering the bundled ones. */
    private static Set<String> families() {
        if (families == null) {
            synchronized (AwtFonts.class) {
                if (families == null) {
                    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
                    try (InputStream in = Fonts.openBundled()) {
                        for (Font f : Font.createFonts(in)) env.registerFont(f);
                    } catch (IOException | FontFormatException e) {
                        throw new UncheckedIOException(new IOException("the bundled font: " + e.getMessage(), e));
                    }
                    families = Set.of(env.getAvailableFontFamilyNames(Locale.ROOT));
                }
            }
        }
        return families;
    }
}
