package org.longjiang.atlas.core.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.Fixtures;

class DossierBuilderTest {
    final DossierBuilder model = new DossierBuilder(Fixtures.load("good").atlas());

    @Test
    void placeDossierHasNamesKindCounterpartAndSources() {
        var d = model.dossier("heihe", "en").orElseThrow();
        assertEquals("Heihe", d.title());
        assertEquals(List.of("黑河", "Хэйхэ"), d.header().otherNames());
        assertEquals("border port", d.header().kind());
        assertEquals("operating", d.header().status());
        assertEquals("1982", d.header().opened().orElseThrow());
        assertEquals(
                List.of(new Dossier.Ref("blagoveshchensk", "Blagoveshchensk")),
                d.header().related().subjects());
        Dossier.Reference first = d.references().get(0);
        assertTrue(
                first.apa().startsWith("Song Linlin. (2019). Heilongjiang Province's Engagement in BRI."), first.apa());
        assertEquals(List.of("§2.2"), first.locators());
    }

    @Test
    void placeDossierInChinese() {
        var d = model.dossier("heihe", "zh").orElseThrow();
        assertEquals("黑河", d.title());
        assertEquals(
                List.of("Хэйхэ", "Heihe"),
                d.header().otherNames(),
                "the Russian name and the pinyin; a Chinese reader is not shown the English name");
    }

    @Test
    void linkDossierListsItsRouteFiguresAndTheFiguresSources() {
        var d = model.dossier("harbin-heihe-rail", "en").orElseThrow();
        assertEquals("railway", d.header().kind());
        assertEquals(
                List.of("harbin", "heihe"),
                d.header().related().subjects().stream().map(Dossier.Ref::id).toList());
        assertTrue(
                d.header().facts().get(0).startsWith("Length: 576.0 km — General knowledge"),
                d.header().facts().get(0));
        assertEquals(
                List.of("song2019-bri", "general-knowledge"),
                d.references().stream().map(Dossier.Reference::sourceId).toList(),
                "the link's paper and the figure's source");
    }

    @Test
    void unknownIdHasNoDossier() {
        assertTrue(model.dossier("atlantis", "en").isEmpty());
    }
}
