package org.longjiang.atlas.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;

class SeriesConsistencyTest {

    static Series column(String measure, String... periodValue) {
        List<Observation> obs = new ArrayList<>();
        for (int i = 0; i < periodValue.length; i += 2) {
            obs.add(new Observation(periodValue[i], new BigDecimal(periodValue[i + 1]), Optional.empty()));
        }
        return new Series(
                "t-" + measure,
                LocalizedText.english(measure),
                Optional.of("t"),
                measure,
                "100 million USD",
                Optional.of("USD"),
                List.of(),
                obs,
                new Citation("p", Optional.of("Table 1"), Optional.empty(), Optional.empty()));
    }

    @Test
    void findsRowsWhoseTotalIsNotExportPlusImportBeyondRounding() {
        Atlas a = new Atlas(
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        column("total", "2016", "91.9", "2017", "109.9", "2018", "1850.0"),
                        column("export", "2016", "18.4", "2017", "9.6", "2018", "9.0"),
                        column("import", "2016", "73.5", "2017", "100.2", "2018", "175.9")),
                List.of(),
                List.of());
        var found = SeriesConsistency.totalsVersusParts(a);
        assertEquals(1, found.size(), "109.9 = 9.6 + 100.2 up to rounding; 91.9 = 18.4 + 73.5 exactly");
        assertEquals("2018", found.get(0).period());
        assertEquals(new BigDecimal("184.9"), found.get(0).sum());
    }

    @Test
    void toleranceIsHalfAUnitOfEachPrintedLastDigit() {
        assertEquals(
                new BigDecimal("0.15"),
                SeriesConsistency.tolerance(new BigDecimal("1.0"), new BigDecimal("2.0"), new BigDecimal("3.0"))
                        .stripTrailingZeros());
        assertEquals(
                new BigDecimal("1.5"),
                SeriesConsistency.tolerance(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"))
                        .stripTrailingZeros());
    }
}
