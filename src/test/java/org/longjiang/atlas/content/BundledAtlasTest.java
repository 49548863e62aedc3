package org.longjiang.atlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.DataSource;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.PlaceKind;
import org.longjiang.atlas.core.query.SeriesConsistency;

/** The shipped content: it loads cleanly, the counts and a sample of printed values are pinned. */
class BundledAtlasTest {
    static final LoadResult LOADED = new AtlasLoader(DataSource.classpath("data/")).load();
    final Atlas a = LOADED.atlas();

    @Test
    void loadsWithoutProblems() {
        assertEquals(List.of(), LOADED.problems());
    }

    @Test
    void countsArePinned() {
        assertEquals(
                8, a.sources().size(), "the five papers, general knowledge, and the two publishers of exchange rates");
        assertEquals(23, a.rates().size(), "CNY 2005–2022 and RUB 2016–2020 annual averages");
        assertEquals(201, a.places().size());
        assertEquals(58, a.links().size());
        assertEquals(267, a.series().size());
        assertEquals(
                588, a.series().stream().mapToInt(s -> s.observations().size()).sum());
        assertEquals(85, a.events().size());
        assertEquals(69, a.notes().size());
    }

    @Test
    void theFoundationSliceIsThere() {
        for (String id :
                List.of("harbin", "manzhouli", "suifenhe", "heihe", "dongning", "tongjiang", "fuyuan", "mohe")) {
            var p = a.place(id).orElseThrow(() -> new AssertionError(id));
            if (!id.equals("harbin")) {
                assertEquals(PlaceKind.BORDER_PORT, p.kind(), id);
                String other = p.counterpartId().orElseThrow(() -> new AssertionError(id + " has no counterpart"));
                assertEquals(id, a.place(other).orElseThrow().counterpartId().orElseThrow(), "pairs point back: " + id);
            }
        }
        for (String id :
                List.of("longjiang-belt-west", "longjiang-belt-north", "longjiang-belt-east", "longjiang-belt-south")) {
            assertTrue(a.link(id).isPresent(), id);
        }
    }

    @Test
    void printedValuesAreKeptAsPrinted() {
        assertEquals("89.2", value("song2019-t3-total", "2013"));
        assertEquals("87.17", value("song2019-t3-total", "2014"));
        assertEquals("11.06", value("song2019-t4-total", "2008"));
        assertEquals("3.09", value("song2019-t4-import", "2008"));
        assertEquals(
                "15.3", value("song2019-t3-import-share", "2013"), "the odd share stays as printed; a note flags it");
        // one value from every other printed table
        assertEquals("232.6", value("song2019-t5-russia-total", "2014"));
        assertEquals("1.05", value("song2019-t6-total", "2017-01/2017-11"));
        assertEquals("27.6", value("song2019-t8-total", "2010"));
        assertEquals("1.2", value("song2019-t9-total", "2006"));
        assertEquals("1450170", value("song2019-t11-total", "2013"));
        assertEquals("70", value("song2021-t1-russia-internet-users", "2012"));
        assertEquals("1", value("xu-t1-rank-china", "2022"));
    }

    @Test
    void everyTotalThatIsNotExportPlusImportHasANote() {
        for (var m : SeriesConsistency.totalsVersusParts(a)) {
            boolean noted = a.notes().stream()
                    .anyMatch(n -> n.period().filter(m.period()::equals).isPresent()
                            && (n.seriesIds().contains(m.totalSeries())
                                    || n.seriesIds().contains(m.importSeries())
                                    || n.seriesIds().contains(m.exportSeries())));
            assertTrue(noted, "unnoted mismatch " + m);
        }
    }

    private String value(String series, String period) {
        return a.seriesById(series).orElseThrow().observations().stream()
                .filter(o -> o.period().equals(period))
                .findFirst()
                .orElseThrow()
                .value()
                .toPlainString();
    }
}
