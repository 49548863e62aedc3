package org.longjiang.atlas.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Status;

/**
 * The network as of a year, on a fixture with staged lifecycles (an agreement, construction, an
 * opening, a suspension and a reopening, a railway dismantled and rebuilt), undated records named
 * by a 2019 paper, a plan dated only "by" a year, a river (timeless), and a corridor over a crossing.
 */
class YearFilterTest {
    static final int TODAY = 2026;
    final Atlas atlas = Fixtures.load("years").atlas();
    final YearFilter filter = new YearFilter(atlas, TODAY);

    private List<String> links(int year) {
        return filter.links(year).stream().map(Link::id).toList();
    }

    @Test
    void theFixtureIsConsistent() {
        assertEquals(List.of(), Fixtures.load("years").problems());
    }

    @Test
    void in2010TheBridgeIsAgreedThePowerLineBuiltAndNothingNamedOnlyLaterExists() {
        assertEquals(List.of("harbin-heihe-rail", "heihe-blagoveshchensk-bridge", "heihe-power-line"), links(2010));
        assertEquals(Optional.of(Status.PROPOSED), filter.statusIn("heihe-blagoveshchensk-bridge", 2010));
        assertEquals(Optional.of(Status.UNDER_CONSTRUCTION), filter.statusIn("heihe-power-line", 2010));
        assertEquals(Optional.empty(), filter.statusIn("jiamusi-airport", 2010), "first named by a 2019 paper");
        assertEquals(Optional.empty(), filter.statusIn("arctic-cable", 2010), "a plan attested only by 2018");
    }

    @Test
    void in2016TheBridgeIsUnderConstructionAndTheCorridorProposed() {
        assertEquals(Optional.of(Status.UNDER_CONSTRUCTION), filter.statusIn("heihe-blagoveshchensk-bridge", 2016));
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("harbin-yekaterinburg-air", 2016));
        assertEquals(Optional.of(Status.PROPOSED), filter.statusIn("north-corridor", 2016));
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("heihe-power-line", 2016));
    }

    @Test
    void in2023TheBridgeOperatesThePowerLineIsSuspendedAndTheAirportReopened() {
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("heihe-blagoveshchensk-bridge", 2023));
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("north-corridor", 2023));
        assertEquals(Optional.of(Status.SUSPENDED), filter.statusIn("heihe-power-line", 2023));
        assertEquals(Optional.of(Status.SUSPENDED), filter.statusIn("mohe-airport", 2022));
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("mohe-airport", 2023));
    }

    @Test
    void aRailwayDismantledAndRebuiltHasEachOfItsLives() {
        assertEquals(Optional.empty(), filter.statusIn("harbin-heihe-rail", 1930));
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("harbin-heihe-rail", 1940));
        assertEquals(Optional.of(Status.SUSPENDED), filter.statusIn("harbin-heihe-rail", 1950));
        assertEquals(Optional.of(Status.UNDER_CONSTRUCTION), filter.statusIn("harbin-heihe-rail", 1970));
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("harbin-heihe-rail", 1990));
    }

    @Test
    void anUndatedRecordExistsFromItsFirstPaperWithItsDateMarkedUnknown() {
        assertEquals(Optional.empty(), filter.standing("jiamusi-airport", 2018));
        Standing s = filter.standing("jiamusi-airport", 2019).orElseThrow();
        assertEquals(Status.OPERATING, s.status());
        assertTrue(s.dateUnknown());
        assertEquals(Optional.of(new Standing.FirstMention("song2019-bri", 2019)), s.firstNamed());
        assertTrue(filter.standing("arctic-cable", 2018).orElseThrow().dateUnknown(), "dated only 'by 2018'");
        assertFalse(filter.standing("heihe-power-line", 2018).orElseThrow().dateUnknown());
    }

    @Test
    void aRiverHasNoHistory() {
        assertEquals(Optional.of(Status.OPERATING), filter.statusIn("amur", 1900));
    }

    @Test
    void theTrackStartsAtTheFirstDatedChangeOfALinkAndEventsInForceAreListedLatestFirst() {
        assertEquals(1935, filter.firstYear());
        assertEquals(
                List.of("bri-proposed"),
                filter.eventsUpTo(2014).stream().map(e -> e.id()).toList());
        assertEquals("power-line-cut", filter.eventsUpTo(2024).get(0).id());
    }

    @Test
    void aRouteOverACrossingOperatesOnlyWhenTheCrossingDoes() {
        YearFilter broken = new YearFilter(Fixtures.load("broken-history").atlas(), TODAY);
        assertEquals(Optional.empty(), broken.statusIn("too-early", 2010), "the bridge does not exist yet");
        Standing s = broken.standing("too-early", 2016).orElseThrow();
        assertEquals(Status.UNDER_CONSTRUCTION, s.status());
        assertEquals(Optional.of("bridge-crossing"), s.heldBy());
        assertEquals(Optional.of(Status.OPERATING), broken.statusIn("too-early", 2023));
    }

    @Test
    void theChangesBetweenTwoYearsCarryTheirDateAndSource() {
        var changes = new YearComparison(atlas, filter).changes(2013, 2023);
        assertEquals(
                List.of(
                                "heihe-bridge-crossing 2022-06-10 changed",
                                "heihe-blagoveshchensk-bridge 2022-06-10 changed",
                                "arctic-cable 2018 new",
                                "jiamusi-airport 2019 new",
                                "songhua-river 2019 new",
                                "north-corridor 2022-06-10 new",
                                "heihe-power-line 2023-11-09 stopped")
                        .stream()
                        .sorted()
                        .toList(),
                changes.stream()
                        .map(c -> c.subject().id() + " " + c.date().orElseThrow() + " "
                                + c.kind().id())
                        .sorted()
                        .toList());
        Change cut = changes.stream()
                .filter(c -> c.subject().id().equals("heihe-power-line"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Optional.of("Interfax, 11 September 2024"),
                cut.sources().get(0).reference().map(LocalizedText::en));
        Change airport = changes.stream()
                .filter(c -> c.subject().id().equals("jiamusi-airport"))
                .findFirst()
                .orElseThrow();
        assertEquals("song2019-bri", airport.sources().get(0).sourceId(), "an undated record: the paper that names it");
    }
}
