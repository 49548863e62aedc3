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
                        + "translations: zh 100% (17 of 17), ru 100% (17 of 17)",
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
    void changesBetweenTwoYearsAsCsvWithDateAndSource() {
        assertEquals(0, run("years", "list", "changes", "--from", "2013", "--to", "2023"));
        var lines = text().lines().toList();
        assertEquals(
                "id,type,kind,name_en,name_zh,name_ru,change,status_2013,status_2023,date,because_of,sources",
                lines.get(0));
        assertTrue(
                lines.contains("heihe-power-line,link,power,Heihe–Blagoveshchensk power line,黑河—布拉戈维申斯克输电线,"
                        + "ЛЭП Благовещенск — Хэйхэ,stopped,operating,suspended,2023-11-09,,"
                        + "\"General knowledge (not from the papers): a date; Interfax, 11 September 2024\""),
                text());
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("jiamusi-airport,place,airport,")
                                && l.contains(",new,,operating,by 2019,,Song Linlin (2019)")),
                "an undated record appears with the paper that first names it: " + text());
        assertEquals(8, lines.size(), "the header and seven changes");
    }

    @Test
    void changesAsJsonAndTheirArgumentsChecked() throws Exception {
        assertEquals(0, run("years", "list", "changes", "--from", "2010", "--to", "2016", "--format", "json"));
        JsonNode rows = new ObjectMapper().readTree(text());
        JsonNode bridge = null;
        for (JsonNode r : rows) if (r.get("id").asText().equals("heihe-blagoveshchensk-bridge")) bridge = r;
        assertEquals("proposed", bridge.get("status_2010").asText());
        assertEquals("under_construction", bridge.get("status_2016").asText());
        assertEquals("2016-12", bridge.get("date").asText());
        assertEquals(CommandLine.USAGE, run("years", "list", "changes", "--from", "2016"));
        assertEquals(CommandLine.USAGE, run("years", "list", "changes", "--from", "2016", "--to", "2010"));
        assertEquals(CommandLine.USAGE, run("years", "list", "links", "--from", "2016", "--to", "2020"));
        assertEquals(
                CommandLine.USAGE,
                run("years", "list", "changes", "--from", "2010", "--to", "2016", "--format", "geojson"));
    }

    @Test
    void checkReportsEveryBreachOfTheHistoryRules() {
        assertEquals(1, run("broken-history", "check"));
        assertTrue(
                text().contains(
                                "problem: links.json › too-early › lifecycle: is operating in 2010 by its own dates, but"
                                        + " bridge-crossing (on its course) is not there yet then"),
                text());
        assertEquals(8, text().lines().filter(l -> l.startsWith("problem: ")).count(), text());
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
