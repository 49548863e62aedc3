package org.longjiang.atlas.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.longjiang.atlas.core.i18n.Message;

/**
 * Replaces a file in one step: the content goes to a hidden sibling first and is moved over the
 * target only when complete, so a failed write never leaves half a file or clobbers the old one.
 */
public final class AtomicFile {
    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        // Not Files.createTempFile: that makes the file owner-only, and the user's export would keep those permissions.
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out =
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Why the file could not be written (a missing or read-only folder, a folder in its place), if it could not. */
    public static Optional<Message> whyNotWritable(Path out) {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir))
            return Optional.of(Message.of("export.noFolder", String.valueOf(dir)));
        if (!Files.isWritable(dir)) return Optional.of(Message.of("export.notWritable", dir.toString()));
        if (Files.isDirectory(abs)) return Optional.of(Message.of("export.isFolder", abs.toString()));
        return Optional.empty();
    }
}
