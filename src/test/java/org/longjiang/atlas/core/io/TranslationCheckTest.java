package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation coverage per language, and a missing translation or a name in the wrong script as a problem. */
class TranslationCheckTest {

    @Test
    void theGoodFixtureIsFullyTranslated() {
        LoadResult r = Fixtures.load("good");
        assertEquals(
                List.of(new TranslationCheck.Coverage("zh", 21, 21), new TranslationCheck.Coverage("ru", 21, 21)),
                TranslationCheck.coverage(r.atlas()));
    }

    @Test
    void theShippedAtlasIsFullyTranslated() {
        LoadResult r = AtlasLoader.loadBundled();
        assertEquals(List.of(), r.problems());
        for (TranslationCheck.Coverage c : TranslationCheck.coverage(r.atlas())) {
            assertEquals(c.total(), c.translated(), c.language());
            assertEquals(100.0, c.percent());
        }
    }

    @Test
    void aMissingTranslationIsAProblemNamingFileRecordAndField(@TempDir Path dir) throws IOException {
        LoadResult r = edited(
                dir,
                "places.json",
                "\"description\": {\"en\": \"Capital of Heilongjiang.\", \"zh\": \"黑龙江省省会。\", \"ru\": \"Административный центр Хэйлунцзяна.\"}",
                "\"description\": {\"en\": \"Capital of Heilongjiang.\", \"zh\": \"黑龙江省省会。\"}");
        assertEquals(
                List.of("places.json › harbin › description.ru: no ru translation"),
                r.problems().stream().map(Problem::toString).toList());
        var coverage = TranslationCheck.coverage(r.atlas());
        assertEquals(new TranslationCheck.Coverage("ru", 20, 21), coverage.get(1));
        assertEquals(95.2, coverage.get(1).percent(), "rounded down, never up to 100");
    }

    @Test
    void aGlossaryTermWithoutTranslationIsAProblemWhereItIsUsed(@TempDir Path dir) throws IOException {
        LoadResult r = edited(
                dir, "glossary.json", "{\"kind\": \"unit\", \"en\": \"km\", \"zh\": \"公里\", \"ru\": \"км\"},\n", "");
        assertEquals(
                List.of(
                        "links.json › harbin-heihe-rail › figures[0].unit: no zh translation of \"km\" in glossary.json",
                        "links.json › harbin-heihe-rail › figures[0].unit: no ru translation of \"km\" in glossary.json"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void namesMustBeWrittenInTheirLanguagesScript(@TempDir Path dir) throws IOException {
        LoadResult r = edited(
                dir,
                "places.json",
                "\"zh\": \"叶卡捷琳堡\", \"ru\": \"Екатеринбург\"",
                "\"zh\": \"Екатеринбург\", \"ru\": \"Yekaterinburg\"");
        assertEquals(
                List.of(
                        "places.json › yekaterinburg › names.zh: a Chinese name needs Chinese characters: \"Екатеринбург\"",
                        "places.json › yekaterinburg › names.ru: a Russian name needs Cyrillic letters: \"Yekaterinburg\""),
                r.problems().stream().map(Problem::toString).toList());
    }

    /** The good fixture with one text replaced in one file. */
    static LoadResult edited(Path dir, String file, String from, String to) throws IOException {
        try (var files = Files.list(Fixtures.folder("good"))) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        String text = Files.readString(dir.resolve(file));
        if (!text.contains(from)) throw new IllegalArgumentException(from);
        Files.writeString(dir.resolve(file), text.replace(from, to));
        return new AtlasLoader(DataSource.folder(dir)).load();
    }
}
