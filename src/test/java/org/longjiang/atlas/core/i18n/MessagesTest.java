package org.longjiang.atlas.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.PartialDate;

/** Messages in each language: plural forms, numbers, dates and periods as that language writes them. */
class MessagesTest {
    final Messages en = Messages.of("en"), zh = Messages.of("zh"), ru = Messages.of("ru");

    @Test
    void russianHasThreePluralForms() {
        assertEquals("Хронология политики (1 событие)", ru.get("detail.timeline.count", 1));
        assertEquals("Хронология политики (2 события)", ru.get("detail.timeline.count", 2));
        assertEquals("Хронология политики (5 событий)", ru.get("detail.timeline.count", 5));
        assertEquals("Хронология политики (21 событие)", ru.get("detail.timeline.count", 21));
        assertEquals("Policy timeline (1 event)", en.get("detail.timeline.count", 1));
        assertEquals("Policy timeline (5 events)", en.get("detail.timeline.count", 5));
        assertEquals("政策时间线（5个事件）", zh.get("detail.timeline.count", 5));
    }

    @Test
    void numbersUseEachLanguagesSeparatorsAndKeepEveryPrintedDigit() {
        BigDecimal big = new BigDecimal("12345.6");
        assertEquals("12,345.6", en.number(big));
        assertEquals("12,345.6", zh.number(big));
        assertEquals("12\u00a0345,6", ru.number(big));
        assertEquals("892.10", en.number(new BigDecimal("892.10")), "a trailing zero is printed, so it stays");
        assertEquals("892,10", ru.number(new BigDecimal("892.10")));
        assertEquals("2981", ru.number(new BigDecimal("2981")), "Russian leaves four digits whole");
        assertEquals("-2,3", ru.number(new BigDecimal("-2.3")));
        assertEquals("1,204", en.number(1204));
    }

    @Test
    void yearsAreNeverGrouped() {
        for (Messages m : new Messages[] {en, zh, ru}) {
            for (String key : new String[] {"chart.selectedYear", "export.year", "timeline.inForce"}) {
                String text = m.get(key, 2015);
                assertTrue(text.contains("2015"), m.language() + " " + key + ": " + text);
            }
        }
        assertEquals("截至2013年", zh.get("export.year", 2013));
        assertEquals("По состоянию на 2013 г.", ru.get("export.year", 2013));
        assertEquals("As of 2013", en.get("export.year", 2013));
    }

    @Test
    void datesAndMonthsInEachLanguage() {
        PartialDate month = PartialDate.parse("2014-12");
        assertEquals("December 2014", en.date(month));
        assertEquals("2014年12月", zh.date(month));
        assertEquals("декабрь 2014\u00a0г.", ru.date(month));
        PartialDate day = PartialDate.parse("2019-12-02");
        assertEquals("2019年12月2日", zh.date(day));
        assertEquals("2 декабря 2019\u00a0г.", ru.date(day));
        assertEquals("2013", ru.date(PartialDate.parse("2013")));
    }

    @Test
    void periodsAsPrintedBecomeReadable() {
        assertEquals("2013年11月至2017年6月", zh.period("2013-11/2017-06"));
        assertEquals("until December 2017", en.period("../2017-12"));
        assertEquals("2016年6月起", zh.period("2016-06/.."));
        assertEquals("2014 – 2016", ru.period("2014/2016"));
        assertEquals("2018", ru.period("2018"));
        assertEquals("Q1", en.period("Q1"), "what is no period shows as printed");
    }

    @Test
    void aMissingTranslationShowsTheEnglishMarked() {
        LocalizedText onlyEnglish = LocalizedText.english("Point set on the river.");
        assertEquals("【英文】Point set on the river.", zh.text(onlyEnglish));
        assertEquals("[англ.] Point set on the river.", ru.text(onlyEnglish));
        assertEquals("Point set on the river.", en.text(onlyEnglish));
        assertEquals("%", ru.text(LocalizedText.english("%")), "no word, nothing to translate");
        assertEquals("黑河", zh.text(new LocalizedText(Map.of("en", "Heihe", "zh", "黑河"))));
    }

    @Test
    void countriesAreNamedInTheLanguage() {
        assertEquals("中国", zh.country("CN"));
        assertEquals("Россия", ru.country("RU"));
        assertEquals("Japan", en.country("JP"));
    }

    @Test
    void englishNeverFallsBackToTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            ResourceBundle.clearCache();
            assertEquals("▶ Play", Messages.load("en").get("timeline.play"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void thePseudoLanguageWrapsAccentsAndLengthens() {
        Messages pseudo = Messages.of(Messages.PSEUDO);
        String play = pseudo.get("timeline.play");
        assertEquals("⟦▶ Þľååý⟧", play);
        String subtitle = pseudo.get("app.subtitle");
        assertTrue(subtitle.length() > en.get("app.subtitle").length() * 1.3, subtitle);
        assertEquals("en", pseudo.dataLanguage(), "the pseudo-language reads the English data");
        assertEquals(Messages.PSEUDO, pseudo.language());
    }

    @Test
    void unknownLanguagesAreEnglish() {
        assertEquals("en", Messages.of("fr").language());
    }
}
