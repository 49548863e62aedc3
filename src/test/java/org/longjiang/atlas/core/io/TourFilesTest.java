package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.model.TourStop;

/** Tours saved by a user load back identical; bad tour files are refused whole, with file, tour and field named. */
class TourFilesTest {
    final Atlas atlas = Fixtures.load("good").atlas();

    @TempDir
    Path dir;

    private Path file(String name, String json) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    @Test
    void aSavedTourLoadsBackIdentical() throws Exception {
        Tour mine = new Tour(
                "my-tour",
                new LocalizedText(Map.of("en", "My tour", "zh", "我的路线")),
                LocalizedText.english(""),
                List.of(
                        new TourStop(
                                LocalizedText.english("Harbin in 2015"),
                                Optional.of(new TourStop.View(45.7567, 126.6424, 7)),
                                Optional.of(2015),
                                List.of(),
                                Optional.of("harbin")),
                        new TourStop(
                                LocalizedText.english("Only the railways"),
                                Optional.of(new TourStop.View(48.5, 128.25, 5.5)),
                                Optional.empty(),
                                List.of("rail", "city"),
                                Optional.empty())));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TourFiles.write(bytes, List.of(mine));
        TourFiles.Read back = TourFiles.read(file("mine.json", bytes.toString(StandardCharsets.UTF_8)), atlas);
        assertEquals(List.of(), back.problems());
        assertEquals(List.of(mine), back.tours());
    }

    @Test
    void theShippedToursAreValid() {
        Atlas bundled = AtlasLoader.loadBundled().atlas();
        assertTrue(bundled.tours().size() >= 3);
        bundled.tours().forEach(t -> assertTrue(t.stops().size() >= 5, t.id()));
    }

    @Test
    void badFilesAreRefusedWholeWithTheirProblemsNamed() throws Exception {
        var notJson = TourFiles.read(file("broken.json", "[{\"id\": \"x\", "), atlas);
        assertEquals(List.of(), notJson.tours());
        assertTrue(
                notJson.problems().get(0).toString().startsWith("broken.json"),
                notJson.problems().toString());
        assertTrue(notJson.problems().get(0).message().toString().contains("not valid JSON at line"));

        var notArray = TourFiles.read(file("object.json", "{\"id\": \"x\"}"), atlas);
        assertTrue(notArray.problems().get(0).message().toString().contains("array of tours"));

        var bad = TourFiles.read(file("bad.json", """
                [{"id": "good", "title": {"en": "Fine"}, "stops": [{"caption": {"en": "ok"}, "lat": 45, "lon": 126, "zoom": 6}]},
                 {"id": "wrong", "title": {"en": "Wrong"}, "stops": [
                    {"caption": {"en": "too far north"}, "lat": 95, "lon": 126, "zoom": 6},
                    {"caption": {"en": "ghost"}, "lat": 45, "lon": 126, "zoom": 6, "select": "atlantis", "layers": ["teleport"]}]},
                 {"id": "empty", "title": {"en": "Empty"}, "stops": []}]
                """), atlas);
        assertEquals(List.of(), bad.tours(), "one bad tour and the file changes nothing");
        List<String> problems = bad.problems().stream().map(Object::toString).toList();
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("bad.json › wrong › stops[0].lat")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("bad.json › empty › stops")), problems.toString());
        var ghost = TourFiles.read(file("ghost.json", """
                [{"id": "ghost", "title": {"en": "Ghost"}, "stops": [
                    {"caption": {"en": "ghost"}, "lat": 45, "lon": 126, "zoom": 6, "select": "atlantis", "layers": ["teleport"]}]}]
                """), atlas);
        List<String> g = ghost.problems().stream().map(Object::toString).toList();
        assertTrue(g.stream().anyMatch(p -> p.contains("stops[0].select") && p.contains("atlantis")), g.toString());
        assertTrue(g.stream().anyMatch(p -> p.contains("stops[0].layers") && p.contains("teleport")), g.toString());
    }

    @Test
    void aStopWithoutAViewFramesItsSubjectAndOneWithNeitherIsRefused() throws Exception {
        var framed = TourFiles.read(file("framed.json", """
                [{"id": "framed", "title": {"en": "Framed"}, "stops": [{"caption": {"en": "Harbin"}, "select": "harbin"}]}]
                """), atlas);
        assertEquals(List.of(), framed.problems());
        TourStop stop = framed.tours().get(0).stops().get(0);
        assertEquals(Optional.empty(), stop.view(), "framed by the one framing rule when shown");
        assertEquals(Optional.of("harbin"), stop.selection());
        var nowhere = TourFiles.read(file("nowhere.json", """
                [{"id": "nowhere", "title": {"en": "Nowhere"}, "stops": [{"caption": {"en": "?"}}]}]
                """), atlas);
        List<String> p = nowhere.problems().stream().map(Object::toString).toList();
        assertTrue(p.stream().anyMatch(x -> x.startsWith("nowhere.json › nowhere › stops[0].lat")), p.toString());
    }
}
