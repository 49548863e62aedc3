package org.longjiang.atlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.testing.Cli;

class ListAndCheckCommandTest {
    final Cli cli = new Cli();

    int run(String fixture, String... args) {
        System.setProperty("atlas.data", Fixtures.folder(fixture).toString());
        return cli.run(args);
    }

    @AfterEach
    void restore() {
        System.clearProperty("atlas.data");
    }

    String text() {
        return cli.out();
    }

    @Test
    void checkCountsAndPassesOnGoodData() {
        assertEquals(0, run("good", "check"));
        assertEquals(
                "2 sources, 6 places, 3 links, 1 series (2 values), 1 event, 1 note, 0 exchange rates; 0 problems\n"
                        + "translations: zh 100% (21 of 21), ru 100% (21 of 21)",
                text().trim());
    }

    @Test
    void checkFailsAndListsEveryProblem() {
        assertEquals(1, run("malformed", "check"));
        assertTrue(text().contains("problem: places.json › nowhere › lat: out of range"), text());
        assertTrue(text().lines().count() > 15);
    }

    @Test
    void placesAsGeoJsonForQgis() throws Exception {
        assertEquals(0, run("good", "list", "places", "--format", "geojson"));
        JsonNode root = new ObjectMapper().readTree(text());
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals(6, root.get("features").size());
        JsonNode harbin = root.get("features").get(1);
        assertEquals("harbin", harbin.get("id").asText());
        assertEquals(126.6424, harbin.at("/geometry/coordinates/0").asDouble(), 1e-9);
        assertEquals("哈尔滨", harbin.at("/properties/name_zh").asText());
    }

    @Test
    void airLinksAsGeoJsonFollowTheGreatCircle() throws Exception {
        assertEquals(0, run("good", "list", "links", "--kind", "air", "--format", "geojson"));
        JsonNode f = new ObjectMapper().readTree(text()).get("features");
        assertEquals(1, f.size());
        assertTrue(f.get(0).at("/geometry/coordinates").size() > 50, "densified arc");
    }

    @Test
    void seriesAsCsvKeepPrintedValues() {
        assertEquals(0, run("good", "list", "series"));
        var lines = text().lines().toList();
        assertEquals("series,title,table_group,measure,period,value,unit,currency,subjects,source,flag", lines.get(0));
        assertEquals(
                "hlj-russia-trade-total,\"Heilongjiang–Russia trade, total\",hlj-russia-trade,total,2017,109.90,"
                        + "100 million US dollars,USD,heilongjiang,song2019-bri Table 3,",
                lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void eventsAsJson() throws Exception {
        assertEquals(0, run("good", "list", "events", "--format", "json"));
        JsonNode rows = new ObjectMapper().readTree(text());
        assertEquals("2013-09", rows.get(0).get("date").asText());
    }

    @Test
    void badListArguments() {
        assertEquals(CommandLine.USAGE, run("good", "list", "bridges"));
        assertEquals(CommandLine.USAGE, run("good", "list", "places", "--kind", "castle"));
        assertTrue(cli.err().contains("--kind: \"castle\" is not province, country, city"));
        assertEquals(CommandLine.USAGE, run("good", "list", "series", "--format", "geojson"));
        assertEquals(CommandLine.USAGE, run("good", "list", "places", "--format", "xml"));
    }
}
