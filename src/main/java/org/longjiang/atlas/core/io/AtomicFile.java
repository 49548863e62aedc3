package org.longjiang.atlas.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.longjiang.atlas.core.i18n.Message;

/**
 * Replaces a file in one step: the content goes to a hidden sibling first and is moved over the
 * target only when complete, so a failed write never leaves half a file or clobbers the old one.
 * A symbolic link is written through (its target is replaced, the link stays); a device, pipe or
 * socket is never replaced. The temporary file is removed after a failure, and also when the JVM
 * is stopped mid-write (Ctrl-C); only a hard kill can leave one behind.
 */
public final class AtomicFile {
    /** Longest file name most file systems take (ext4, APFS, NTFS: 255 bytes or units). */
    static final int NAME_MAX_BYTES = 255;
    /** The part of the target's name kept in the temporary name, so a user who sees one knows what it was. */
    private static final int TEMP_PREFIX_BYTES = 64;
    /** Links followed before giving up, as the kernel does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deleteInFlight, "atlas-temporary-files"));
        } catch (IllegalStateException shuttingDown) {
            // Nothing can be written any more anyway.
        }
    }

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code target} (or the file its links lead to); any failure leaves it as it was and says why in words. */
    public static void write(Path target, Content content) throws IOException {
        try {
            writeThroughTemporary(destination(target), content);
        } catch (IOException e) {
            // Java's file exceptions carry only a path ("/x/.a.png.1f2e.tmp"), not what went wrong.
            throw new IOException(DataFile.reason(e).toString(), e);
        }
    }

    private static void writeThroughTemporary(Path real, Content content) throws IOException {
        Path tmp = createTemporary(real);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                // On disk before the rename: otherwise a crash right after it can leave an empty file under the name.
                channel.force(true);
            }
            keepPermissions(real, tmp);
            Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * The file a write to {@code target} replaces: symbolic links followed (a relative link from its
     * own folder). Refused: a link loop, a folder, and anything that is not a regular file (with
     * {@code --overwrite}, {@code /dev/null} would otherwise be replaced by a PNG).
     */
    static Path destination(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) throw new Unwritable(Message.of("file.loop"));
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        if (Files.isDirectory(p)) throw new Unwritable(Message.of("export.isFolder", p.toString()));
        if (Files.exists(p) && !Files.isRegularFile(p))
            throw new Unwritable(Message.of("file.neverReplaced", p.toString()));
        return p;
    }

    /** A new, empty, hidden sibling with a short name (a 250-byte target name must still leave room for it). */
    private static Path createTemporary(Path real) throws IOException {
        String prefix = cut(real.getFileName().toString(), TEMP_PREFIX_BYTES);
        for (int attempt = 0; ; attempt++) {
            String random = Integer.toHexString(ThreadLocalRandom.current().nextInt() | 0x10000000);
            Path tmp = real.resolveSibling("." + prefix + "." + random + ".tmp");
            IN_FLIGHT.add(tmp);
            try {
                // Not Files.createTempFile: that makes the file owner-only, and the user's export would keep those
                // permissions.
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException taken) {
                IN_FLIGHT.remove(tmp);
                if (attempt == 9) throw taken;
            } catch (IOException e) {
                IN_FLIGHT.remove(tmp);
                throw e;
            }
        }
    }

    /** The longest start of {@code name} that fits {@code maxBytes} of UTF-8, never splitting a character. */
    static String cut(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) break;
            bytes += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    /** A replaced file keeps its permissions (a shared, group-writable export stays so). */
    private static void keepPermissions(Path real, Path tmp) throws IOException {
        if (!Files.exists(real)) return;
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(real));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the new file inherits the folder's access rules, as any new file does.
        }
    }

    /** Run when the JVM is stopped (Ctrl-C, SIGTERM): no hidden partial file is left next to the target. */
    static void deleteInFlight() {
        for (Path tmp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The JVM is going away; nothing better can be done with it.
            }
        }
    }

    /** Temporary files being written now (for tests of the clean-up). */
    static Set<Path> inFlight() {
        return Set.copyOf(IN_FLIGHT);
    }

    /** A target that is never written, with the reason as a message (put into words where it is shown). */
    static final class Unwritable extends IOException {
        final Message why;

        Unwritable(Message why) {
            super(why.toString());
            this.why = why;
        }
    }

    /**
     * Why the file could not be written (a missing or read-only folder, a folder or device in its
     * place, a name too long), if it could not: checked before any work is spent on the content.
     */
    public static Optional<Message> whyNotWritable(Path out) {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir))
            return Optional.of(Message.of("export.noFolder", String.valueOf(dir)));
        Path real;
        try {
            real = destination(abs);
        } catch (Unwritable e) {
            return Optional.of(e.why);
        } catch (IOException e) {
            return Optional.of(Message.of("file.folderNotWritable", dir.toString(), DataFile.reason(e)));
        }
        if (!Files.isDirectory(real.getParent()))
            return Optional.of(Message.of("export.noFolder", real.getParent().toString()));
        int nameBytes = real.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes > NAME_MAX_BYTES) return Optional.of(Message.of("file.nameTooLong", nameBytes, NAME_MAX_BYTES));
        // Files.isWritable says yes to root on a read-only mount: only making a file tells for sure.
        try {
            Path probe = createTemporary(real);
            try {
                Files.delete(probe);
            } finally {
                IN_FLIGHT.remove(probe);
            }
        } catch (IOException e) {
            return Optional.of(
                    Message.of("file.folderNotWritable", real.getParent().toString(), DataFile.reason(e)));
        }
        return Optional.empty();
    }
}
