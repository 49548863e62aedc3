package org.longjiang.atlas.core.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.export.SeriesCsv;
import org.longjiang.atlas.core.query.StatTable;
import org.longjiang.atlas.core.query.ValueGrid;

/** CSV of a dossier table and the Markdown fact sheet: values as printed, source named, notes flagged. */
class FactSheetAndCsvTest {
    final DossierBuilder model = new DossierBuilder(BundledDossierTest.ATLAS);

    private StatTable table(String subject, String id) {
        return model.dossier(subject, "en").orElseThrow().tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void csvNamesTheSourceFirstAndKeepsPrintedDigits() {
        ValueGrid grid =
                ValueGrid.of(table("heilongjiang", "song2019-t4-hlj-russia-trade"), "en", id -> model.nameOf(id, "en"));
        String[] lines = SeriesCsv.of(model.atlas(), grid).split("\r\n");
        assertTrue(lines[0].startsWith("# Source: Song Linlin"), lines[0]);
        assertTrue(lines[0].endsWith("Table 4"), lines[0]);
        assertTrue(
                lines[1].startsWith("period,Heilongjiang–Russia merchandise trade: total volume (billion dollars)"),
                lines[1]);
        assertEquals(2 + 11, lines.length, "header lines and one row per year 2008–2018");
        assertTrue(lines[5].startsWith("2011,18.99,"), lines[5]);
        assertTrue(lines[5].contains(",1.464,"), "the misprinted import stays as printed: " + lines[5]);
    }

    @Test
    void rankingTablesAreLaidOutOneMarketPerRow() {
        ValueGrid grid =
                ValueGrid.of(table("russia", "xu-t1-top10-ecommerce-markets"), "en", id -> model.nameOf(id, "en"));
        assertEquals("subject", grid.rowHeading());
        assertEquals(10, grid.rows().size());
        assertEquals(6, grid.columns().size());
        assertTrue(grid.rows().contains("Russia"));
        var scale = grid.columns().stream()
                .filter(c -> c.unit().equals("USD 100 million"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "21350",
                grid.cell("China", scale).orElseThrow().observation().value().toPlainString());
    }

    @Test
    void markdownFactSheetHasTablesNotesTimelineAndBothCitationStyles() {
        var d = model.dossier("heilongjiang", "en").orElseThrow();
        String md = FactSheetMarkdown.render(FactSheet.of(model, d, "en"), "en");
        assertTrue(md.startsWith("# Heilongjiang Province\n"), md.substring(0, 40));
        assertTrue(
                md.contains("\n| 2011 | 18.99 ⚠ | 154.0 | 4.35 ⚠ | 1.5 | 1.464 ⚠ | 360.0 ⚠ | 49.3 | 24.0 |\n"),
                "Table 4's 2011 row, digits as printed (154.0, not 154) and flagged values marked");
        assertTrue(md.contains("## Policy timeline"));
        assertTrue(md.contains("### Provincial strategy"));
        assertTrue(md.contains("GB/T 7714: Song Linlin"));
        assertTrue(md.contains("## Data notes"));
        long tables = md.lines().filter(l -> l.startsWith("| --- |")).count();
        assertEquals(11, tables, "one Markdown table per table with a chart or a series of several values");
    }

    @Test
    void htmlFactSheetEscapesTextAndEmbedsChartsItIsGiven() {
        var d = model.dossier("harbin-taiping-airport", "en").orElseThrow();
        List<FactSheet.Block> blocks = FactSheet.of(model, d, "en");
        String html = FactSheetHtml.render(blocks, "en", spec -> Optional.of("QUJD"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Harbin Taiping International Airport</title>"));
        long charts = blocks.stream().filter(b -> b instanceof FactSheet.Chart).count();
        assertTrue(charts >= 2);
        assertEquals(charts, html.split("data:image/png;base64,QUJD", -1).length - 1);
        assertTrue(html.contains("&quot;nearly&quot;"), "quotes in printed titles are escaped");
    }
}
