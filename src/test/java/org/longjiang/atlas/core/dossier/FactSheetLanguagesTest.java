package org.longjiang.atlas.core.dossier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.Atlas;

/**
 * A fact sheet in Chinese or Russian: headings, kind, status, facts, dates and the description in
 * that language, for the subjects a lecturer hands out first; no English left marked as missing.
 */
class FactSheetLanguagesTest {
    static final Atlas ATLAS = AtlasLoader.loadBundled().atlas();
    static final DossierBuilder MODEL = new DossierBuilder(ATLAS);
    static final List<String> SUBJECTS =
            List.of("heihe", Atlas.PROVINCE_ID, "harbin", "suifenhe", "mohe-daqing-oil-pipeline");

    @Test
    void factSheetsSpeakTheLanguageAskedFor() {
        for (String lang : List.of("zh", "ru")) {
            Messages m = Messages.of(lang);
            for (String id : SUBJECTS) {
                var subject = ATLAS.subject(id).orElseThrow();
                Dossier d = MODEL.dossier(id, lang).orElseThrow();
                String md = FactSheetMarkdown.render(FactSheet.of(MODEL, d, lang), lang);
                String what = lang + " " + id;
                assertTrue(md.startsWith("# " + subject.names().in(lang) + "\n"), what);
                assertTrue(md.contains("## " + m.get("detail.facts") + "\n"), what);
                assertTrue(md.contains(m.get("kind." + subject.kindId())), what);
                assertTrue(md.contains(m.get("status." + subject.status().id())), what);
                String description = subject.description().in(lang);
                assertTrue(md.contains(description.substring(0, 12)), what + ": the description");
                assertTrue(md.contains(m.get("factsheet.footer")), what);
                assertFalse(md.contains(m.get("data.untranslated", "").strip()), what + ": a missing translation");
                assertFalse(md.matches("(?s).*![a-z]+\\.[a-zA-Z.]+!.*"), what + ": a missing message");
            }
        }
    }

    @Test
    void datesAndPrintedValuesFollowTheLanguage() {
        String zh = FactSheetMarkdown.render(
                FactSheet.of(MODEL, MODEL.dossier("heihe", "zh").orElseThrow(), "zh"), "zh");
        assertTrue(zh.contains("2014年12月——"), "a month in Chinese");
        String ru = FactSheetMarkdown.render(
                FactSheet.of(MODEL, MODEL.dossier(Atlas.PROVINCE_ID, "ru").orElseThrow(), "ru"), "ru");
        assertTrue(ru.contains("| 2011 | 18,99 ⚠ |"), "printed values with the Russian decimal comma, digits kept");
        assertTrue(ru.contains("декабрь 2014\u00a0г. — "), "a month in Russian");
    }
}
