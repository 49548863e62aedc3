package org.longjiang.atlas.app.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.Fixtures;

class DetailViewModelTest {
    final DetailViewModel model = new DetailViewModel(Fixtures.load("good").atlas());

    @Test
    void placeDossierHasNamesKindCounterpartAndSources() {
        var d = model.dossier("heihe", "en").orElseThrow();
        assertEquals("Heihe", d.title());
        assertEquals(List.of("黑河", "Хэйхэ"), d.otherNames());
        assertEquals("border port", d.kind());
        assertEquals("operating", d.status());
        assertEquals("1982", d.opened().orElseThrow());
        assertEquals(List.of(new DetailViewModel.Ref("blagoveshchensk", "Blagoveshchensk")), d.related());
        assertTrue(d.sources().get(0).startsWith("Song Linlin. (2019). Heilongjiang Province's Engagement in BRI."));
        assertTrue(d.sources().get(0).endsWith("— §2.2"));
    }

    @Test
    void placeDossierInChinese() {
        var d = model.dossier("heihe", "zh").orElseThrow();
        assertEquals("黑河", d.title());
        assertEquals(List.of("Heihe", "Хэйхэ"), d.otherNames());
    }

    @Test
    void linkDossierListsItsRouteFiguresAndTheFiguresSources() {
        var d = model.dossier("harbin-heihe-rail", "en").orElseThrow();
        assertEquals("railway", d.kind());
        assertEquals(
                List.of("harbin", "heihe"),
                d.related().stream().map(DetailViewModel.Ref::id).toList());
        assertTrue(
                d.facts().get(0).startsWith("Length: 576.0 km — General knowledge"),
                d.facts().get(0));
        assertEquals(2, d.sources().size(), "the link's paper and the figure's source");
    }

    @Test
    void unknownIdHasNoDossier() {
        assertTrue(model.dossier("atlantis", "en").isEmpty());
    }
}
