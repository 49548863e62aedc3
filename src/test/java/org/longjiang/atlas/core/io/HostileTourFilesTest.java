package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.core.model.Atlas;

/** A user's tour file is refused whole, with the reason, for each hostile case of issue 15. */
class HostileTourFilesTest {
    private static final String TOUR =
            "{\"id\": \"%s\", \"title\": {\"en\": \"T\"}, \"stops\": [{\"caption\": {\"en\": \"c\"},"
                    + " \"lat\": 45.0, \"lon\": 126.0, \"zoom\": 6}]}";

    final Atlas atlas = Fixtures.load("good").atlas();

    @TempDir
    Path dir;

    private TourFiles.Read read(String json) throws Exception {
        Path p = dir.resolve("mine.json");
        Files.writeString(p, json);
        return TourFiles.read(p, atlas);
    }

    private static String tours(String... ids) {
        return "["
                + String.join(
                        ",\n",
                        Arrays.stream(ids).map(id -> String.format(TOUR, id)).toList()) + "]";
    }

    @Test
    void fourGoodToursLoad() throws Exception {
        assertEquals(4, read(tours("a", "b", "c", "d")).tours().size());
    }

    @Test
    void aStrayBracketAfterTheSecondTourRefusesTheFile() throws Exception {
        String json = tours("a", "b", "c", "d").replaceFirst(",\n\\{\"id\": \"c\"", "],\n{\"id\": \"c\"");
        TourFiles.Read r = read(json);
        assertEquals(List.of(), r.tours());
        assertEquals(
                List.of("mine.json: line 2, column 110: text after the closing ] of the record array (a stray ] or a"
                        + " second value); it was not read"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void duplicateTourIdsRefuseTheFile() throws Exception {
        TourFiles.Read r = read(tours("a", "b", "a"));
        assertEquals(List.of(), r.tours());
        assertEquals(
                List.of("mine.json › a › id: a tour with this id comes earlier in the file"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aDuplicateKeyRefusesTheFile() throws Exception {
        TourFiles.Read r = read(tours("a").replace("\"zoom\": 6", "\"zoom\": 6, \"zoom\": 9"));
        assertEquals(List.of(), r.tours());
        assertEquals("stops[0].zoom", r.problems().get(0).field());
    }

    @Test
    void aFolderOrBrokenLinkIsNamedAsSuch() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertEquals(
                "folder.json: cannot be read: it is a folder, not a file",
                TourFiles.read(folder, atlas).problems().get(0).toString());
        Path loop = Files.createSymbolicLink(dir.resolve("loop.json"), dir.resolve("loop.json"));
        assertEquals(
                "loop.json: cannot be read: it is a symbolic link to " + loop + ", which leads nowhere (a missing"
                        + " file or a loop)",
                TourFiles.read(loop, atlas).problems().get(0).toString());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aPipeIsRefusedWithoutWaitingForIt() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(HostileDataTest.mkfifo(fifo), "mkfifo is not available");
        assertEquals(
                "pipe.json: cannot be read: it is not a regular file (a pipe, device or socket)",
                TourFiles.read(fifo, atlas).problems().get(0).toString());
    }
}
