package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file writer: never a device, through links, long names, and no temporary file left behind. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private static void write(Path p, String text) throws IOException {
        AtomicFile.write(p, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path target = dir.resolve("real.png");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), Path.of("real.png"));
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("link.png", "real.png"), names());
    }

    @Test
    void aDeviceIsNeverReplaced() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        assertEquals(
                Optional.of("/dev/null is not a regular file (a device, pipe or socket); it is never replaced"),
                AtomicFile.whyNotWritable(devNull).map(Object::toString));
        IOException e = assertThrows(IOException.class, () -> write(devNull, "png"));
        assertEquals(
                "/dev/null is not a regular file (a device, pipe or socket); it is never replaced", e.getMessage());
        assertFalse(Files.isRegularFile(devNull));
    }

    @Test
    void aPipeIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("pipe.png");
        assumeTrue(HostileDataTest.mkfifo(fifo));
        assertThrows(IOException.class, () -> write(fifo, "png"));
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void aLinkLoopIsRefusedInWords() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop.png"), Path.of("loop.png"));
        assertEquals(
                Optional.of("too many levels of symbolic links"),
                AtomicFile.whyNotWritable(loop).map(Object::toString));
    }

    @Test
    void namesUpTo255BytesWorkAndLongerOnesAreRefusedBeforeAnyWork() throws IOException {
        String name = "长".repeat(83) + ".png"; // 83 × 3 + 4 = 253 bytes
        write(dir.resolve(name), "png");
        assertEquals(List.of(name), names());
        assertEquals(
                Optional.of("the file name is 256 bytes long; file systems take at most 255"),
                AtomicFile.whyNotWritable(dir.resolve("a".repeat(252) + ".png")).map(Object::toString));
        assertEquals("长长", AtomicFile.cut("长长长", 8), "never half a character");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
        Path target = dir.resolve("map.png");
        Files.writeString(target, "old");
        IOException e = assertThrows(
                IOException.class,
                () -> AtomicFile.write(target, out -> {
                    out.write(1);
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("map.png"), names());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("shared.csv");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        write(target, "new");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void stoppingTheJvmMidWriteRemovesTheTemporary() throws Exception {
        Path target = dir.resolve("big.png");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
            try {
                AtomicFile.write(target, out -> {
                    out.write(new byte[1000]);
                    writing.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    out.write(new byte[1000]);
                });
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        List<String> during = names();
        assertEquals(1, during.size());
        assertTrue(during.get(0).matches("\\.big\\.png\\.[0-9a-f]{8}\\.tmp"), during.get(0));

        AtomicFile.deleteInFlight(); // what the shutdown hook does on Ctrl-C
        assertEquals(List.of(), names());
        release.countDown();
        assertThrows(ExecutionException.class, () -> write.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(), names(), "neither a partial target nor a temporary");
    }
}
