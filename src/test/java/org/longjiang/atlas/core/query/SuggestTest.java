package org.longjiang.atlas.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.Fixtures;

class SuggestTest {
    final SubjectFinder finder = new SubjectFinder(Fixtures.load("good").atlas());

    @Test
    void prefixMatchesComeFirstThenInnerMatches() {
        List<String> ids =
                finder.suggest("har", 10).stream().map(SubjectFinder.Match::id).toList();
        assertEquals("harbin", ids.get(0));
        assertEquals(List.of("harbin", "harbin-heihe-rail", "harbin-yekaterinburg-air"), ids);
        assertEquals(
                List.of("heihe", "heihe-blagoveshchensk-bridge", "harbin-heihe-rail"),
                finder.suggest("heihe", 10).stream()
                        .map(SubjectFinder.Match::id)
                        .toList());
    }

    @Test
    void suggestsInAnyScriptAndRespectsTheLimit() {
        assertEquals("blagoveshchensk", finder.suggest("Благ", 5).get(0).id());
        assertEquals("harbin", finder.suggest("哈尔", 5).get(0).id());
        assertEquals(1, finder.suggest("h", 1).size());
        assertEquals(List.of(), finder.suggest("", 5));
    }
}
