package org.longjiang.atlas.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Status;

/** The network as of a year, on a fixture with dated openings, an agreement before an opening, and undated plans. */
class YearFilterTest {
    final YearFilter filter = new YearFilter(Fixtures.load("years").atlas());

    private List<String> links(int year) {
        return filter.links(year).stream().map(Link::id).toList();
    }

    @Test
    void in2010OnlyTheOldRailwayAndTheUndatedPlanExist() {
        assertEquals(List.of("harbin-heihe-rail", "arctic-cable"), links(2010));
        assertEquals(
                Optional.of(Status.PLANNED),
                filter.statusIn("arctic-cable", 2010),
                "undated plans cannot be placed in time: always shown, as planned");
        assertTrue(filter.statusIn("heihe-power-line", 2010).isEmpty(), "first named by a 2017 plan");
    }

    @Test
    void in2016TheCharterFliesAndTheBridgeIsPlannedSinceItsAgreement() {
        assertEquals(
                List.of(
                        "harbin-heihe-rail",
                        "harbin-yekaterinburg-air",
                        "heihe-blagoveshchensk-bridge",
                        "arctic-cable"),
                links(2016));
        assertEquals(Optional.of(Status.PLANNED), filter.statusIn("heihe-blagoveshchensk-bridge", 2016));
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("harbin-yekaterinburg-air", 2016));
    }

    @Test
    void in2022TheBridgeOperatesAndThePowerLineIsPlanned() {
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("heihe-blagoveshchensk-bridge", 2022));
        assertEquals(Optional.of(Status.PLANNED), filter.statusIn("heihe-power-line", 2022));
        assertEquals(5, links(2022).size());
        assertTrue(filter.places(2010).stream().anyMatch(p -> p.id().equals("harbin")), "undated places always exist");
    }

    @Test
    void theSliderStartsAtTheEarliestDateAndEventsInForceAreListedLatestFirst() {
        assertEquals(1982, filter.firstYear(), "Heihe port, opened 1982");
        assertEquals(
                List.of("bri-proposed"),
                filter.eventsUpTo(2014).stream().map(e -> e.id()).toList());
        assertEquals("power-line-plan", filter.eventsUpTo(2020).get(0).id());
    }
}
