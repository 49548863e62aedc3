package org.longjiang.atlas.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Glossary;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Source;
import org.longjiang.atlas.core.model.Supplied;

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
            Map.of(),
            Optional.empty(),
            false);

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

    final Source untitled = new Source(
            "b",
            List.of(),
            Optional.empty(),
            new LocalizedText(Map.of(
                    "en", "Untitled paper on Heilongjiang's border areas",
                    "zh", "关于黑龙江边境地区的无题论文",
                    "ru", "Статья без названия о приграничных районах Хэйлунцзяна")),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Optional.of(2020),
            true);

    final Source general = new Source(
            "general-knowledge",
            List.of(),
            Optional.empty(),
            LocalizedText.english("General knowledge (not from the papers)"),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Optional.empty(),
            false);

    @Test
    void anUntitledPaperIsCitedByItsDescriptionInBrackets() {
        Messages en = Messages.english();
        assertEquals("[Untitled paper on Heilongjiang's border areas]. (n.d.).", CitationFormatter.apa(untitled));
        assertEquals(
                "Anon. [Untitled paper on Heilongjiang's border areas][Z].", CitationFormatter.gbt7714(untitled, en));
        assertEquals(
                "[Untitled paper on Heilongjiang's...] (n.d.), §2 (1)",
                CitationFormatter.shortForm(
                        untitled,
                        new Citation("b", Optional.empty(), Optional.of("2 (1)"), Optional.empty()),
                        en,
                        Glossary.EMPTY));
        assertEquals(
                "[关于黑龙江边境地区的无题论文]（无日期）",
                CitationFormatter.shortForm(
                        untitled,
                        new Citation("b", Optional.empty(), Optional.empty(), Optional.empty()),
                        Messages.of("zh"),
                        Glossary.EMPTY));
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
                Optional.of(new LocalizedText(Map.of(
                        "en", "China News Service report of 26 May 2014",
                        "zh", "中国新闻网2014年5月26日报道",
                        "ru", "сообщение China News Service от 26 мая 2014 г."))));
        assertEquals(
                "General knowledge (not from the papers): a date (opened 2014-05-26); China News Service report of 26 May 2014",
                CitationFormatter.shortForm(general, date, Messages.english(), Glossary.EMPTY));
        assertEquals(
                "常识（非出自论文）：日期（opened 2014-05-26）；中国新闻网2014年5月26日报道",
                CitationFormatter.shortForm(general, date, Messages.of("zh"), Glossary.EMPTY));
    }
}
