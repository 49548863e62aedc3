package org.longjiang.atlas.core.io;

import java.util.ArrayList;
import java.util.List;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Glossary;
import org.longjiang.atlas.core.model.Glossary.Kind;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Source;
import org.longjiang.atlas.core.model.Subject;

/**
 * Which texts of the data are translations (see docs/data-format.md), how many of them each
 * language has, and the problems: a missing translation (named by file, record and field), a
 * Chinese name without Chinese characters, a Russian name without Cyrillic.
 */
public final class TranslationCheck {
    /** The languages translated from the English. */
    public static final List<String> TRANSLATED = List.of("zh", "ru");

    /** A text that needs a translation; {@code glossary} when it is translated in glossary.json. */
    public record Item(String file, String record, String field, LocalizedText text, boolean glossary) {}

    /** How many of the texts are translated into a language. */
    public record Coverage(String language, int translated, int total) {
        /** Per cent, rounded down to a tenth so that one missing text never shows as 100. */
        public double percent() {
            return total == 0 ? 100 : Math.floor(1000.0 * translated / total) / 10;
        }
    }

    private TranslationCheck() {}

    /** Every text of the data that the English is the reference for. */
    public static List<Item> items(Atlas a) {
        List<Item> out = new ArrayList<>();
        Glossary g = a.glossary();
        for (Place p : a.places()) subject(out, a, AtlasLoader.PLACES, p);
        for (Link l : a.links()) {
            subject(out, a, AtlasLoader.LINKS, l);
            for (int i = 0; i < l.figures().size(); i++) {
                var f = l.figures().get(i);
                String at = "figures[" + i + "].";
                add(out, AtlasLoader.LINKS, l.id(), at + "name", g.term(Kind.FIGURE, f.name()), true);
                add(out, AtlasLoader.LINKS, l.id(), at + "unit", g.unit(f.unit()), true);
                f.source().ifPresent(c -> section(out, a, AtlasLoader.LINKS, l.id(), at + "source", c));
            }
        }
        for (var s : a.series()) {
            add(out, AtlasLoader.SERIES, s.id(), "title", s.title(), false);
            add(out, AtlasLoader.SERIES, s.id(), "unit", g.unit(s.unit()), true);
            section(out, a, AtlasLoader.SERIES, s.id(), "source", s.source());
        }
        for (var e : a.events()) {
            add(out, AtlasLoader.EVENTS, e.id(), "title", e.title(), false);
            add(out, AtlasLoader.EVENTS, e.id(), "description", e.description(), false);
            sections(out, a, AtlasLoader.EVENTS, e.id(), e.sources());
        }
        for (var n : a.notes()) {
            add(out, AtlasLoader.NOTES, n.id(), "message", n.message(), false);
            add(out, AtlasLoader.NOTES, n.id(), "printed", n.printed(), false);
            add(out, AtlasLoader.NOTES, n.id(), "expected", n.expected(), false);
        }
        for (var s : a.sources()) {
            if (!s.ownTitle()) add(out, AtlasLoader.SOURCES, s.id(), "title", s.title(), false);
            s.tables()
                    .forEach((table, title) -> add(out, AtlasLoader.SOURCES, s.id(), "tables." + table, title, false));
        }
        for (var t : a.tours()) {
            add(out, AtlasLoader.TOURS, t.id(), "title", t.title(), false);
            add(out, AtlasLoader.TOURS, t.id(), "description", t.description(), false);
            for (int i = 0; i < t.stops().size(); i++)
                add(
                        out,
                        AtlasLoader.TOURS,
                        t.id(),
                        "stops[" + i + "].caption",
                        t.stops().get(i).caption(),
                        false);
        }
        return out;
    }

    public static List<Coverage> coverage(Atlas a) {
        List<Item> items = items(a);
        return TRANSLATED.stream()
                .map(lang -> new Coverage(
                        lang,
                        (int) items.stream().filter(i -> i.text().has(lang)).count(),
                        items.size()))
                .toList();
    }

    /** Each missing translation, and each name in the wrong script. */
    public static List<Problem> problems(Atlas a) {
        List<Problem> out = new ArrayList<>();
        for (Item i : items(a)) {
            for (String lang : TRANSLATED) {
                if (i.text().has(lang)) continue;
                out.add(
                        i.glossary()
                                ? Problem.of(
                                        i.file(),
                                        i.record(),
                                        i.field(),
                                        "problem.noGlossaryTranslation",
                                        lang,
                                        Values.quote(i.text().en()),
                                        AtlasLoader.GLOSSARY)
                                : Problem.of(
                                        i.file(), i.record(), i.field() + "." + lang, "problem.noTranslation", lang));
            }
        }
        for (Place p : a.places()) scripts(out, AtlasLoader.PLACES, p);
        for (Link l : a.links()) scripts(out, AtlasLoader.LINKS, l);
        return out;
    }

    static LoadResult addProblems(LoadResult r) {
        List<Problem> all = new ArrayList<>(r.problems());
        all.addAll(problems(r.atlas()));
        return new LoadResult(r.atlas(), all);
    }

    private static void subject(List<Item> out, Atlas a, String file, Subject s) {
        add(out, file, s.id(), "names", s.names(), false);
        add(out, file, s.id(), "description", s.description(), false);
        sections(out, a, file, s.id(), s.sources());
        var stages = s.lifecycle().stages();
        for (int i = 0; i < stages.size(); i++) {
            String at = "lifecycle[" + i + "]";
            add(out, file, s.id(), at + ".note", stages.get(i).note(), false);
            sections(out, a, file, s.id(), at + ".sources", stages.get(i).sources());
        }
    }

    /** A general-knowledge citation names its topic in the section ("pipeline route"): the glossary translates it. */
    private static void sections(List<Item> out, Atlas a, String file, String id, List<Citation> cites) {
        sections(out, a, file, id, "sources", cites);
    }

    private static void sections(List<Item> out, Atlas a, String file, String id, String field, List<Citation> cites) {
        for (int i = 0; i < cites.size(); i++) section(out, a, file, id, field + "[" + i + "]", cites.get(i));
    }

    /** A general-knowledge citation's reference (a report, a law) is a text the atlas wrote, translated too. */
    private static void section(List<Item> out, Atlas a, String file, String id, String field, Citation c) {
        c.reference().ifPresent(r -> add(out, file, id, field + ".reference", r, false));
        if (c.sourceId().equals(Source.GENERAL_KNOWLEDGE))
            c.section()
                    .ifPresent(s ->
                            add(out, file, id, field + ".section", a.glossary().term(Kind.SECTION, s), true));
    }

    private static void add(List<Item> out, String file, String id, String field, LocalizedText t, boolean glossary) {
        // A text with no letter ("%", "5.6%") reads the same in every language.
        if (t.en().codePoints().anyMatch(Character::isLetter)) out.add(new Item(file, id, field, t, glossary));
    }

    private static void scripts(List<Problem> out, String file, Subject s) {
        String zh = s.names().in("zh"), ru = s.names().in("ru");
        if (s.names().has("zh") && !uses(zh, Character.UnicodeScript.HAN))
            out.add(Problem.of(file, s.id(), "names.zh", "problem.chineseName", Values.quote(zh)));
        if (s.names().has("ru") && !uses(ru, Character.UnicodeScript.CYRILLIC))
            out.add(Problem.of(file, s.id(), "names.ru", "problem.russianName", Values.quote(ru)));
    }

    private static boolean uses(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }
}
