package org.longjiang.atlas.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Place;

class SubjectFinderTest {
    final SubjectFinder finder = new SubjectFinder(Fixtures.load("good").atlas());

    @Test
    void findsByIdAndByEveryName() {
        for (String q : List.of("heihe", "Heihe", "黑河", "Хэйхэ", "HEIHE")) {
            assertEquals(List.of("heihe"), ids(q), q);
        }
        assertEquals(List.of("harbin"), ids("ha erbin"), "pinyin with an apostrophe, typed loosely");
        assertEquals(List.of("harbin-yekaterinburg-air"), ids("Harbin–Yekaterinburg cargo flights"));
        assertEquals(List.of("blagoveshchensk"), ids("благовещенск"));
    }

    @Test
    void unknownGivesNothing() {
        assertEquals(List.of(), ids("Atlantis"));
        assertEquals(List.of(), ids("  "));
    }

    @Test
    void aSharedNameIsAmbiguous() {
        var atlas = Fixtures.load("good").atlas();
        var places = new ArrayList<>(atlas.places());
        var h = atlas.place("heihe").orElseThrow();
        places.add(new Place(
                "heihe-2",
                h.names(),
                h.kind(),
                "CN",
                h.position(),
                h.precision(),
                h.lifecycle(),
                h.status(),
                Optional.empty(),
                3,
                h.description(),
                List.of()));
        var twice = new Atlas(List.copyOf(atlas.sources()), places, List.of(), List.of(), List.of(), List.of());
        assertEquals(2, new SubjectFinder(twice).find("Хэйхэ").size());
    }

    private List<String> ids(String q) {
        return finder.find(q).stream().map(SubjectFinder.Match::id).toList();
    }
}
