package org.longjiang.atlas.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.geo.Viewport;

class YearRangeTest {
    @Test
    void everyStepYearsFromTheFirstUpToTheLast() {
        assertEquals(31, new YearRange(1996, 2026, 1).years().size());
        assertEquals(List.of(2010, 2013, 2016), new YearRange(2010, 2017, 3).years());
        assertEquals(List.of(2020), new YearRange(2020, 2020, 5).years());
    }

    @Test
    void aBackwardRangeOrAStepBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new YearRange(2023, 2010, 1));
        assertThrows(IllegalArgumentException.class, () -> new YearRange(2010, 2023, 0));
    }

    @Test
    void theRequestChangesOnlyItsYear() {
        ExportRequest r = new ExportRequest(
                ExportContent.MAP,
                new Viewport(47, 128, 6),
                Optional.empty(),
                "t",
                320,
                200,
                1,
                "zh",
                Decoration.all(),
                Set.of("air"),
                Optional.empty());
        ExportRequest in2016 = TimeLapse.asOf(r, 2016);
        assertEquals(Optional.of(2016), in2016.year());
        assertEquals(
                r,
                new ExportRequest(
                        in2016.what(),
                        in2016.view(),
                        in2016.subject(),
                        in2016.title(),
                        in2016.width(),
                        in2016.height(),
                        in2016.scale(),
                        in2016.language(),
                        in2016.decorations(),
                        in2016.hiddenKinds(),
                        Optional.empty()));
    }
}
