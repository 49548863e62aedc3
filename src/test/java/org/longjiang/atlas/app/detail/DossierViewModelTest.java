package org.longjiang.atlas.app.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.core.io.AtlasLoader;

/** The dossier's state lives in its view-model: open cards and scroll survive a language or year change. */
class DossierViewModelTest {
    final AtlasState state = new AtlasState(AtlasLoader.loadBundled());
    final DossierViewModel vm = new DossierViewModel(state);

    @Test
    void theDossierFollowsTheSelectionLanguageAndYear() {
        assertNull(vm.shownProperty().get());
        state.select("heihe");
        assertEquals("Heihe", vm.dossier().orElseThrow().title());
        state.setLanguage("ru");
        assertEquals("Хэйхэ", vm.dossier().orElseThrow().title());
        var before = vm.shownProperty().get();
        state.setYear(2016);
        assertNotSame(before, vm.shownProperty().get(), "a year change redraws (the charts mark the year)");
        assertEquals(Optional.of(2016), vm.shownProperty().get().year());
        state.clearSelection();
        assertTrue(vm.dossier().isEmpty());
    }

    @Test
    void openCardsAndScrollStayForTheSameSubjectAndResetForAnother() {
        state.select("heilongjiang");
        String third = vm.dossier().orElseThrow().tables().get(2).id();
        String first = vm.dossier().orElseThrow().tables().get(0).id();
        assertTrue(vm.isOpen(first, 0), "the first cards open by default");
        assertFalse(vm.isOpen(third, 2));
        vm.setOpen(third, true);
        vm.setOpen(first, false);
        vm.scrollProperty().set(0.6);
        state.setLanguage("zh");
        state.setYear(2015);
        assertTrue(vm.isOpen(third, 2));
        assertFalse(vm.isOpen(first, 0));
        assertEquals(0.6, vm.scrollProperty().get());
        state.select("harbin");
        assertEquals(0, vm.scrollProperty().get());
        state.select("heilongjiang");
        assertFalse(vm.isOpen(third, 2), "another subject in between: defaults again");
    }
}
