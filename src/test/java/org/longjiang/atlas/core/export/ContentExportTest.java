package org.longjiang.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.model.Atlas;

class ContentExportTest {
    final Atlas atlas = Fixtures.load("good").atlas();

    @Test
    void everyExportHasItsFileNameAndContent() {
        for (ContentExport e : ContentExport.values()) {
            String text = e.render(atlas);
            assertTrue(e.fileName().endsWith("." + e.format()));
            if (e.format().equals("geojson")) assertTrue(text.contains("\"FeatureCollection\""), e.name());
            else assertTrue(text.lines().count() >= 2, e.name() + " has a header and rows");
        }
        assertEquals("longjiang-atlas-series.csv", ContentExport.SERIES_CSV.fileName());
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\r\n", Csv.row(List.of("a", "b,c", "say \"hi\"", "")));
    }
}
