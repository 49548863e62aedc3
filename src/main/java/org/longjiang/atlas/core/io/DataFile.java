package org.longjiang.atlas.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.longjiang.atlas.core.i18n.Message;

/**
 * A JSON file read as the data format asks: a regular file (never a folder, pipe or device, which
 * could block or flood the reader), of bounded size, in UTF-8. Each refusal says why in words.
 */
public final class DataFile {
    /** Far above any real data file (the largest bundled one is about 220 kB); keeps a runaway file from filling the heap. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private DataFile() {}

    /** A file that cannot be used, with the reason in words ("is a folder", "permission denied"); its text is the English. */
    public static final class Refused extends IOException {
        private final transient Message reason;

        public Refused(Message reason) {
            super(reason.toString());
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }

    /**
     * Opens {@code p} when it is there; empty when nothing at all is at that path. Something that is
     * there but is not a readable regular file is refused with the reason, never treated as absent.
     */
    public static Optional<InputStream> openIfPresent(Path p) throws IOException {
        if (Files.notExists(p, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        requireRegularFile(p);
        try {
            return Optional.of(Files.newInputStream(p));
        } catch (IOException e) {
            throw new Refused(reason(e));
        }
    }

    /** Throws {@link Refused} unless {@code p} is (or links to) a regular file. */
    public static void requireRegularFile(Path p) throws Refused {
        if (Files.isRegularFile(p)) return;
        if (Files.isDirectory(p)) throw new Refused(Message.of("file.isFolder"));
        if (Files.isSymbolicLink(p) && !Files.exists(p)) throw new Refused(Message.of("file.brokenLink", target(p)));
        if (Files.notExists(p, LinkOption.NOFOLLOW_LINKS)) throw new Refused(Message.of("file.notFound"));
        throw new Refused(Message.of("file.special"));
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The words for an I/O failure: Java's exceptions for files carry only the path, not what went
     * wrong. Any other failure is said in the system's own words, which are English.
     */
    public static Message reason(IOException e) {
        if (e instanceof Refused r) return r.reason();
        if (e instanceof AccessDeniedException) return Message.of("file.denied");
        if (e instanceof NoSuchFileException) return Message.of("file.notFound");
        if (e instanceof FileSystemLoopException) return Message.of("file.loop");
        if (e instanceof FileSystemException f && f.getReason() != null)
            return Message.of("file.system", f.getReason());
        return Message.of("file.system", String.valueOf(e.getMessage()));
    }

    /** The whole text of a stream, refused when larger than {@link #MAX_BYTES} or not UTF-8 (a UTF-8 byte-order mark is skipped). */
    public static String text(InputStream in) throws IOException {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Refused(reason(e));
        }
        if (bytes.length > MAX_BYTES) throw new Refused(Message.of("file.tooLarge", MAX_BYTES >> 20));
        return utf8(bytes);
    }

    static String utf8(byte[] bytes) throws Refused {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
            start = 3;
        else if (looksUtf16or32(bytes)) throw new Refused(Message.of("file.utf16"));
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw new Refused(Message.of(
                    "file.notUtf8", String.format("0x%02X", bytes[in.position()] & 0xFF), line(out), column(out)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** A byte-order mark of UTF-16 or UTF-32, or ASCII text interleaved with zero bytes. */
    private static boolean looksUtf16or32(byte[] b) {
        if (b.length >= 2
                && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))
            return true;
        for (int i = 0; i < Math.min(4, b.length); i++) if (b[i] == 0) return true;
        return false;
    }

    private static int line(CharBuffer decoded) {
        int line = 1;
        for (int i = 0; i < decoded.limit(); i++) if (decoded.get(i) == '\n') line++;
        return line;
    }

    private static int column(CharBuffer decoded) {
        int col = 1;
        for (int i = decoded.limit() - 1; i >= 0 && decoded.get(i) != '\n'; i--) col++;
        return col;
    }
}
