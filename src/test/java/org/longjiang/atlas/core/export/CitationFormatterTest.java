package org.longjiang.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Source;
import org.longjiang.atlas.core.model.Supplied;

class CitationFormatterTest {
    final Source paper = new Source(
            "s",
            List.of("Song Linlin"),
            Optional.of(2020),
            "Analysis of integrated development of digital economy",
            Optional.of("Power and Administration in the East of Russia"),
            Optional.empty(),
            Optional.of("4"),
            Optional.of("16-23"),
            Optional.empty(),
            Optional.of("10.22394/1818-4049-2020-93-4-16-23"),
            Optional.empty(),
            Optional.empty(),
            java.util.Map.of());

    @Test
    void apa() {
        assertEquals(
                "Song Linlin. (2020). Analysis of integrated development of digital economy. "
                        + "Power and Administration in the East of Russia(4), 16-23. https://doi.org/10.22394/1818-4049-2020-93-4-16-23",
                CitationFormatter.apa(paper));
    }

    @Test
    void gbt7714() {
        assertEquals(
                "Song Linlin. Analysis of integrated development of digital economy[J]. "
                        + "Power and Administration in the East of Russia, 2020(4): 16-23. DOI:10.22394/1818-4049-2020-93-4-16-23.",
                CitationFormatter.gbt7714(paper));
    }

    @Test
    void shortFormNamesTheTable() {
        assertEquals(
                "Song Linlin (2020), Table 3",
                CitationFormatter.shortForm(
                        paper, new Citation("s", Optional.of("Table 3"), Optional.empty(), Optional.empty())));
    }

    final Source untitled = new Source(
            "b",
            List.of(),
            Optional.empty(),
            "Untitled paper on Heilongjiang's border areas",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            java.util.Map.of(),
            Optional.of(2020),
            true);

    final Source general = new Source(
            "general-knowledge",
            List.of(),
            Optional.empty(),
            "General knowledge (not from the papers)",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            java.util.Map.of());

    @Test
    void anUntitledPaperIsCitedByItsDescriptionInBrackets() {
        assertEquals("[Untitled paper on Heilongjiang's border areas]. (n.d.).", CitationFormatter.apa(untitled));
        assertEquals("Anon. [Untitled paper on Heilongjiang's border areas][Z].", CitationFormatter.gbt7714(untitled));
        assertEquals(
                "[Untitled paper on Heilongjiang's...] (n.d.), §2 (1)",
                CitationFormatter.shortForm(
                        untitled, new Citation("b", Optional.empty(), Optional.of("2 (1)"), Optional.empty())));
    }

    @Test
    void generalKnowledgeIsNeverCitedAsAPaperButSaysWhatItSupplied() {
        assertEquals("General knowledge (not from the papers)", CitationFormatter.apa(general));
        Citation date = new Citation(
                "general-knowledge",
                Optional.empty(),
                Optional.of("opened 2014-05-26"),
                Optional.empty(),
                List.of(Supplied.DATE),
                Optional.of("China News Service report of 26 May 2014"));
        assertEquals(
                "General knowledge (not from the papers): a date (opened 2014-05-26); China News Service report of 26 May 2014",
                CitationFormatter.shortForm(general, date));
    }
}
