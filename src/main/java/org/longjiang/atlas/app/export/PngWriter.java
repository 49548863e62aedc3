package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.longjiang.atlas.app.AtomicFile;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.app.cli.UsageException;

/** Writes a PNG through a temporary file, so a failed write never leaves half a file or clobbers one. */
final class PngWriter {
    private PngWriter() {}

    /** Checks that the file can be written before any rendering work is spent on it (the command). */
    static void checkWritable(Path out, boolean overwrite) {
        whyNotWritable(out).ifPresent(reason -> {
            throw new UsageException("--out: " + reason);
        });
        if (Files.exists(out) && !overwrite)
            throw new UsageException(Messages.get("export.exists", out.toAbsolutePath()));
    }

    /** Why the file could not be written (a missing or read-only folder, a folder in its place), if it could not. */
    static Optional<String> whyNotWritable(Path out) {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) return Optional.of(Messages.get("export.noFolder", dir));
        if (!Files.isWritable(dir)) return Optional.of(Messages.get("export.notWritable", dir));
        if (Files.isDirectory(abs)) return Optional.of(Messages.get("export.isFolder", abs));
        return Optional.empty();
    }

    static void write(BufferedImage image, Path out) throws IOException {
        AtomicFile.write(out, stream -> {
            if (!ImageIO.write(image, "png", stream)) throw new IOException("no PNG writer");
        });
    }
}
