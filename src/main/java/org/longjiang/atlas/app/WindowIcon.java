package org.longjiang.atlas.app;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.longjiang.atlas.core.basemap.AppIcon;

/** The window's icon: the same drawing as the installers' icon files. */
final class WindowIcon {
    private static final int SIZE = 64;

    private WindowIcon() {}

    static Image image() {
        BufferedImage icon = AppIcon.draw(SIZE);
        int[] argb = icon.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
        WritableImage image = new WritableImage(SIZE, SIZE);
        image.getPixelWriter().setPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbInstance(), argb, 0, SIZE);
        return image;
    }
}
