package org.longjiang.atlas.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.state.MapRequest;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.Kinds;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.model.TourStop;

/** Playing a tour sets the shared state stop by stop; recording one captures exactly what is shown. */
class TourPlayerTest {
    final AtlasState state = new AtlasState(AtlasLoader.loadBundled());
    final TourPlayer player = new TourPlayer(state);

    @Test
    void recordingAStopTakesTheViewYearLayersAndSelection() {
        state.setYear(2016);
        state.setKindVisible("air", false);
        state.select("heihe");
        TourStop stop = player.record(new Viewport(50.2456789, 127.4887654, 8), "Heihe in 2016", "en");
        List<String> shown = Kinds.ALL.stream().filter(k -> !k.equals("air")).toList();
        assertEquals(
                new TourStop(
                        LocalizedText.english("Heihe in 2016"),
                        Optional.of(new TourStop.View(50.2457, 127.4888, 8)),
                        Optional.of(2016),
                        shown,
                        Optional.of("heihe")),
                stop);
        assertEquals(1, player.recordedStops());
        assertEquals(
                List.of(stop), player.recordedTour("Mine", "en").orElseThrow().stops());
    }

    @Test
    void withEveryLayerShownTheStopListsNone() {
        TourStop stop = player.record(new Viewport(45, 127, 5), "All", "en");
        assertEquals(List.of(), stop.layers(), "no list means every layer");
        assertEquals(Optional.empty(), stop.year(), "no year means today");
    }

    @Test
    void playingSetsEachStopAndStoppingGivesBackTheYearAndLayers() {
        List<MapRequest> views = new ArrayList<>();
        state.mapRequests().subscribe(views::add);
        state.setYear(2005);
        state.setKindVisible("rail", false);
        var tour = state.atlas().tour("three-bridges-one-island").orElseThrow();
        player.start(tour);
        TourStop first = tour.stops().get(0);
        assertEquals(first.year().orElse(null), state.yearProperty().get());
        assertEquals(first.selection(), state.selectedId());
        TourStop.View v = first.view().orElseThrow();
        assertEquals(List.of(new MapRequest.Show(new Viewport(v.lat(), v.lon(), v.zoom()))), views);
        player.next();
        assertEquals(1, player.indexProperty().get());
        player.stop();
        assertEquals(2005, state.yearProperty().get());
        assertEquals(Set.of("rail"), state.hiddenKinds());
        assertTrue(player.currentStop().isEmpty());
    }

    @Test
    void aStopWithoutAViewAsksTheMapToFrameItsSubject() {
        List<MapRequest> views = new ArrayList<>();
        state.mapRequests().subscribe(views::add);
        TourStop framed = new TourStop(
                LocalizedText.english("Russia"), Optional.empty(), Optional.empty(), List.of(), Optional.of("russia"));
        player.start(new Tour("t", LocalizedText.english("T"), LocalizedText.english(""), List.of(framed)));
        assertEquals(List.of(new MapRequest.Focus("russia")), views, "the map flies to Framing.of(russia)");
    }
}
