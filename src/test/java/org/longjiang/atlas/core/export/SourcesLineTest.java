package org.longjiang.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.DataSource;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Source;

class SourcesLineTest {

    static Source source(String id, List<String> authors, Integer year, String title) {
        Optional<String> none = Optional.empty();
        return new Source(
                id,
                authors,
                Optional.ofNullable(year),
                LocalizedText.english(title),
                true,
                none,
                none,
                none,
                none,
                none,
                none,
                none,
                none,
                Map.of(),
                Optional.empty(),
                false);
    }

    @Test
    void undatedPapersByOneAuthorStayDistinct() {
        String line = SourcesLine.format(
                List.of(
                        source("a", List.of("Song Linlin"), null, "Heilongjiang Province's Engagement in BRI"),
                        source("b", List.of("Song Linlin"), 2020, "Digital economy"),
                        source("c", List.of("Song Linlin"), null, "Online Silk Road"),
                        source("d", List.of("Xu Yan", "Li"), 2022, "Zhejiang"),
                        source("general-knowledge", List.of(), null, "General knowledge (not from the papers)")),
                Messages.english());
        assertEquals(
                "Song Linlin, \"Heilongjiang Province's Engagement in BRI\"; Song Linlin (2020); "
                        + "Song Linlin, \"Online Silk Road\"; Xu Yan et al. (2022); General knowledge (not from the papers)",
                line);
    }

    @Test
    void onlyTheShownKindsAreCited() {
        Atlas atlas = new AtlasLoader(DataSource.classpath("data/")).load().atlas();
        Viewport world = new Viewport(50, 100, 2);
        List<Source> all = SourcesLine.forView(atlas, world, 2000, 1500);
        assertTrue(all.size() >= 4, all.toString());
        assertEquals(List.of(), SourcesLine.forView(atlas, world, 2000, 1500, kind -> false));
    }

    @Test
    void generalKnowledgeIsCreditedApartWithWhatItSupplied() {
        Atlas atlas = new AtlasLoader(DataSource.classpath("data/")).load().atlas();
        var credits = SourcesLine.credits(atlas, new Viewport(50.2, 127.5, 8), 1600, 1000, kind -> true, id -> true);
        assertTrue(
                credits.papers().stream().noneMatch(Source::generalKnowledge),
                credits.papers().toString());
        String line = credits.format(Messages.english());
        assertTrue(line.contains("; general knowledge, not from the papers: a date"), line);
        assertTrue(line.contains("Song Linlin (2020)"), line);
        assertTrue(line.startsWith("[Untitled paper on the development and...] (n.d.); "), line);
    }
}
