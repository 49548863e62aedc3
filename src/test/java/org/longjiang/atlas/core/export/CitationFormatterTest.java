package org.longjiang.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Glossary;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Source;

class CitationFormatterTest {
    final Source paper = new Source(
            "s",
            List.of("Song Linlin"),
            Optional.of(2020),
            LocalizedText.english("Analysis of integrated development of digital economy"),
            true,
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
                CitationFormatter.gbt7714(paper, Messages.english()));
    }

    @Test
    void shortFormNamesTheTable() {
        assertEquals(
                "Song Linlin (2020), Table 3",
                CitationFormatter.shortForm(
                        paper,
                        new Citation("s", Optional.of("Table 3"), Optional.empty(), Optional.empty()),
                        Messages.english(),
                        Glossary.EMPTY));
    }
}
