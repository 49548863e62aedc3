package org.longjiang.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.geo.LabelPlacer.Candidate;
import org.longjiang.atlas.core.geo.LabelPlacer.Placement;
import org.longjiang.atlas.core.geo.LabelPlacer.Side;

class LabelPlacerTest {
    @Test
    void firstLabelGoesRightOfItsSymbol() {
        var out = LabelPlacer.place(List.of(new Candidate(100, 100, 5, 60, 14)), 800, 600);
        Placement p = out.get(0).orElseThrow();
        assertEquals(Side.RIGHT, p.side());
        assertEquals(108, p.x(), 1e-9);
        assertEquals(93, p.y(), 1e-9);
    }

    @Test
    void aNeighbourTakesAnotherSideAndTheLabelsNeverOverlap() {
        List<Candidate> c = List.of(
                new Candidate(100, 100, 5, 60, 14),
                new Candidate(130, 100, 5, 60, 14),
                new Candidate(115, 100, 5, 60, 14));
        var out = LabelPlacer.place(c, 800, 600);
        assertTrue(out.get(0).isPresent());
        assertTrue(out.get(1).isPresent());
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                if (out.get(i).isPresent() && out.get(j).isPresent()) {
                    assertTrue(!overlap(out.get(i).get(), c.get(i), out.get(j).get(), c.get(j)), i + " overlaps " + j);
                }
            }
        }
    }

    @Test
    void labelsAvoidOtherSymbolsAndTheViewEdge() {
        // a symbol right of the first one blocks the RIGHT side; the view edge blocks LEFT
        var out = LabelPlacer.place(
                List.of(new Candidate(40, 100, 5, 60, 14), new Candidate(70, 100, 5, 10, 10)), 800, 600);
        assertEquals(Side.ABOVE, out.get(0).orElseThrow().side());
    }

    @Test
    void labelsKeepOffReservedBoxes() {
        // a legend box right of the symbol: the label goes left instead
        var out = LabelPlacer.place(
                List.of(new Candidate(200, 100, 5, 60, 14)), 800, 600, List.of(new double[] {205, 80, 400, 120}));
        assertEquals(Side.LEFT, out.get(0).orElseThrow().side());
    }

    @Test
    void aTwinTownWhoseSidesAreAllTakenGetsACorner() {
        // Its twin's symbol sits 2 px away and its label takes the right (and reaches above); a park
        // symbol on the left, a port's symbol just below: no side is free, the lower right corner is.
        List<Candidate> c = List.of(
                new Candidate(300, 198, 5, 80, 14),
                new Candidate(300, 200, 5, 50, 14),
                new Candidate(280, 200, 5, 10, 10),
                new Candidate(300, 215, 5, 40, 14));
        var out = LabelPlacer.place(c, 800, 600);
        assertEquals(Side.RIGHT, out.get(0).orElseThrow().side());
        Placement twin = out.get(1).orElseThrow();
        assertEquals(Side.BELOW_RIGHT, twin.side());
        assertEquals(305, twin.x(), 1e-9);
        assertEquals(208, twin.y(), 1e-9);
    }

    @Test
    void aLabelWithNoFreeSideIsDropped() {
        var out = LabelPlacer.place(List.of(new Candidate(5, 5, 5, 500, 500)), 100, 100);
        assertEquals(Optional.empty(), out.get(0));
    }

    private static boolean overlap(Placement a, Candidate ca, Placement b, Candidate cb) {
        return a.x() < b.x() + cb.width()
                && a.x() + ca.width() > b.x()
                && a.y() < b.y() + cb.height()
                && a.y() + ca.height() > b.y();
    }
}
