package org.longjiang.atlas.app.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.model.Kinds;

/** The shared state, without a toolkit: commands change lasting state; map requests are delivered once each. */
class AtlasStateTest {
    final AtlasState state = new AtlasState(Fixtures.load("good"));

    @Test
    void selectingKnownAndUnknownSubjects() {
        state.select("harbin");
        assertEquals(Optional.of("harbin"), state.selectedId());
        state.select("atlantis");
        assertEquals(Optional.empty(), state.selectedId(), "an unknown id clears the selection");
        state.select("harbin-heihe-rail");
        assertEquals(Optional.of("harbin-heihe-rail"), state.selectedId(), "links are subjects too");
        state.clearSelection();
        assertNull(state.selectionProperty().get());
    }

    @Test
    void focusSelectsAndAsksTheMapOnceEachTime() {
        List<MapRequest> received = new ArrayList<>();
        state.mapRequests().subscribe(received::add);
        state.focus("heihe");
        state.focus("heihe");
        state.focus("atlantis");
        assertEquals(List.of(new MapRequest.Focus("heihe"), new MapRequest.Focus("heihe")), received);
        assertEquals(Optional.empty(), state.selectedId());
    }

    @Test
    void showViewIsARequestNotState() {
        List<MapRequest> received = new ArrayList<>();
        Runnable cancel = state.mapRequests().subscribe(received::add);
        state.showView(new Viewport(45, 127, 6));
        cancel.run();
        state.showView(new Viewport(46, 128, 7));
        assertEquals(List.of(new MapRequest.Show(new Viewport(45, 127, 6))), received);
    }

    @Test
    void layersYearLanguageAndComparison() {
        state.setKindVisible("air", false);
        state.setKindVisible("rail", false);
        assertEquals(Set.of("air", "rail"), state.hiddenKinds());
        state.showOnlyKinds(List.of("city", "rail"), Kinds.ALL);
        assertEquals(Set.copyOf(Kinds.ALL).size() - 2, state.hiddenKinds().size());
        assertTrue(!state.hiddenKinds().contains("city") && !state.hiddenKinds().contains("rail"));
        state.showOnlyKinds(List.of(), Kinds.ALL);
        assertTrue(state.hiddenKinds().isEmpty(), "no layers listed: every layer");
        state.setYear(2016);
        assertEquals(2016, state.yearProperty().get());
        state.setYear(null);
        assertNull(state.yearProperty().get(), "null is today");
        state.setLanguage("zh");
        assertEquals("zh", state.languageProperty().get());
        String series = state.atlas().series().iterator().next().id();
        state.compare(List.of(series, series, "no-such-series"));
        assertEquals(List.of(series), state.comparedSeries(), "known series once each");
        state.uncompare(series);
        assertTrue(state.comparedSeries().isEmpty());
    }
}
