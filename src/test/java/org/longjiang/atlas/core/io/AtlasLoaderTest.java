package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LinkKind;
import org.longjiang.atlas.core.model.PlaceKind;
import org.longjiang.atlas.core.model.Status;

class AtlasLoaderTest {

    @Test
    void goodDataLoadsWithoutProblems() {
        LoadResult r = Fixtures.load("good");
        assertEquals(List.of(), r.problems());
        Atlas a = r.atlas();
        assertEquals(6, a.places().size());
        assertEquals(3, a.links().size());
        assertEquals(1, a.series().size());
        assertEquals(1, a.events().size());
        assertEquals(1, a.notes().size());
        assertEquals(2, a.sources().size());
        var heihe = a.place("heihe").orElseThrow();
        assertEquals(PlaceKind.BORDER_PORT, heihe.kind());
        assertEquals("Хэйхэ", heihe.names().in("ru"));
        assertEquals("blagoveshchensk", heihe.counterpartId().orElseThrow());
        assertEquals("1982", heihe.opened().orElseThrow().toString());
        assertEquals(
                LinkKind.AIR, a.link("harbin-yekaterinburg-air").orElseThrow().kind());
        assertEquals(
                "2022-06-10",
                a.link("heihe-blagoveshchensk-bridge")
                        .orElseThrow()
                        .opened()
                        .orElseThrow()
                        .toString());
    }

    @Test
    void printedDecimalsKeepTheirScale() {
        var obs = Fixtures.load("good")
                .atlas()
                .seriesById("hlj-russia-trade-total")
                .orElseThrow()
                .observations();
        assertEquals(new BigDecimal("109.90"), obs.get(0).value());
        assertEquals("109.90", obs.get(0).value().toPlainString());
        assertEquals("185.0", obs.get(1).value().toPlainString());
        var length = Fixtures.load("good")
                .atlas()
                .link("harbin-heihe-rail")
                .orElseThrow()
                .figures()
                .get(0);
        assertEquals("576.0", length.value().toPlainString());
    }

    @Test
    void linkCourseResolvesPlacesAndCoordinates() {
        Atlas a = Fixtures.load("good").atlas();
        var course = a.course(a.link("harbin-heihe-rail").orElseThrow());
        assertEquals(3, course.size());
        assertEquals(45.7567, course.get(0).lat(), 1e-9);
        assertEquals(47.2, course.get(1).lat(), 1e-9);
        assertEquals(127.4880, course.get(2).lon(), 1e-9);
    }

    @Test
    void eachMalformedRecordIsReportedWithFileIdAndFieldAndTheRestLoads() {
        LoadResult r = Fixtures.load("malformed");
        Atlas a = r.atlas();
        assertTrue(a.place("harbin").isPresent(), "valid record kept");
        assertEquals("Harbin", a.place("harbin").orElseThrow().names().en(), "the first of two duplicates wins");
        assertProblem(r, "places.json", "nowhere", "lat", "out of range");
        assertProblem(r, "places.json", "no-russian", "names.ru", "missing");
        assertProblem(r, "places.json", "odd-kind", "kind", "unknown value \"castle\"");
        assertProblem(r, "places.json", "harbin", "id", "duplicate id");
        assertProblem(r, "places.json", "lat-as-text", "lat", "must be a number");
        assertProblem(r, "places.json", "bad-counterpart", "counterpart", "unknown place \"atlantis\"");
        assertProblem(r, "places.json", "bad-counterpart", "sources", "unknown source \"unknown-paper\"");
        assertProblem(r, "places.json", "#8", null, "must be a JSON object");
        assertProblem(r, "places.json", "Bad Id!", "id", "lowercase");
        assertFalse(a.place("nowhere").isPresent());
        assertFalse(a.place("odd-kind").isPresent());
        assertTrue(a.place("bad-counterpart").isPresent(), "a dangling counterpart is reported, the place kept");

        assertProblem(r, "links.json", "to-atlantis", "path", "unknown place [atlantis]; link skipped");
        assertProblem(r, "links.json", "one-point", "path", "at least two waypoints");
        assertProblem(r, "links.json", "bad-waypoint", "path[1]", "latitude out of range");
        assertProblem(r, "links.json", "teleport", "kind", "unknown value \"teleport\"");
        assertProblem(r, "links.json", "good-loop", "status", "unknown value \"rumoured\"");
        assertEquals(Status.OPERATING, a.link("good-loop").orElseThrow().status(), "bad optional enum falls back");
        assertEquals(List.of("good-loop"), a.links().stream().map(l -> l.id()).toList());

        assertProblem(r, "series.json", "no-source", "source", "must cite");
        assertProblem(r, "series.json", "text-values", "observations[0].value", "must be a number, was \"n/a\"");
        assertProblem(r, "series.json", "text-values", "subjects", "unknown place or link \"ghost-town\"");
        assertEquals(1, a.seriesById("text-values").orElseThrow().observations().size());
        assertProblem(r, "notes.json", "note-about-nothing", "series", "unknown series \"ghost-series\"");

        assertProblem(r, "rates.json", "eur-2018", "currency", "must be one of");
        assertProblem(r, "rates.json", "negative", "per_usd", "must be positive");
        assertProblem(r, "rates.json", "text-rate", "per_usd", "must be a number");
        assertProblem(r, "rates.json", "no-publisher", "source", "missing");
        assertProblem(r, "rates.json", "unknown-publisher", "sources", "unknown source \"imaginary-bank\"");
        assertEquals(
                List.of("cny-2018", "unknown-publisher"),
                a.rates().stream().map(x -> x.id()).toList(),
                "valid rates kept; a dangling citation is reported, the rate kept like other records");
    }

    @Test
    void brokenJsonNamesTheFileAndLineAndOtherFilesStillLoad() {
        LoadResult r = Fixtures.load("broken-json");
        assertProblem(r, "places.json", null, null, "not valid JSON at line");
        assertProblem(r, "notes.json", null, null, "must hold a JSON array");
        assertEquals(0, r.atlas().places().size());
        assertEquals(1, r.atlas().series().size(), "series.json is unaffected");
        assertEquals(0, r.atlas().links().size(), "links whose places are missing are dropped");
    }

    @Test
    void missingFilesAreReportedNotFatal(@TempDir Path empty) {
        LoadResult r = new AtlasLoader(DataSource.folder(empty)).load();
        assertEquals(6, r.problems().size(), "rates.json is optional: its absence is not a problem");
        assertTrue(r.problems().stream().allMatch(p -> p.message().toString().startsWith("file not found")));
        assertTrue(r.atlas().places().isEmpty());
    }

    @Test
    void problemReadsAsFileRecordField() {
        assertEquals(
                "places.json › harbin › lat: missing",
                Problem.of("places.json", "harbin", "lat", "problem.missing").toString());
    }

    private static void assertProblem(LoadResult r, String file, String id, String field, String fragment) {
        boolean found = r.problems().stream()
                .anyMatch(p -> p.file().equals(file)
                        && (id == null || id.equals(p.recordId()))
                        && (field == null || field.equals(p.field()))
                        && p.toString().contains(fragment));
        assertTrue(
                found,
                () -> "expected a problem " + file + " › " + id + " › " + field + " containing \"" + fragment
                        + "\" in\n"
                        + String.join(
                                "\n",
                                r.problems().stream().map(Problem::toString).toList()));
    }
}
