package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.longjiang.atlas.core.io.AtomicFile;

/** Writes a PNG through a temporary file, so a failed write never leaves half a file or clobbers one. */
public final class PngWriter {
    private PngWriter() {}

    public static void write(BufferedImage image, Path out) throws IOException {
        AtomicFile.write(out, stream -> {
            if (!ImageIO.write(image, "png", stream)) throw new IOException("no PNG writer");
        });
    }
}
