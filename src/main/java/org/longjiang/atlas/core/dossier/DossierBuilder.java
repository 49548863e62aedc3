package org.longjiang.atlas.core.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.dossier.Dossier.Header;
import org.longjiang.atlas.core.dossier.Dossier.Overview;
import org.longjiang.atlas.core.dossier.Dossier.Ref;
import org.longjiang.atlas.core.dossier.Dossier.Reference;
import org.longjiang.atlas.core.dossier.Dossier.Related;
import org.longjiang.atlas.core.export.CitationFormatter;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.DataNote;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.Figure;
import org.longjiang.atlas.core.model.Glossary;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.model.Subject;
import org.longjiang.atlas.core.query.ObservationNotes;
import org.longjiang.atlas.core.query.ProvinceOverview;
import org.longjiang.atlas.core.query.StatTable;
import org.longjiang.atlas.core.query.SubjectStatistics;
import org.longjiang.atlas.core.query.SubjectTimeline;

/** Turns a selected place or link into what the side panel shows, without touching the toolkit. */
public final class DossierBuilder {

    private final Atlas atlas;
    private final SubjectStatistics statistics;
    private final SubjectTimeline timeline;
    private final ObservationNotes notes;

    public DossierBuilder(Atlas atlas) {
        this.atlas = atlas;
        this.statistics = new SubjectStatistics(atlas);
        this.timeline = new SubjectTimeline(atlas);
        this.notes = new ObservationNotes(atlas);
    }

    public Atlas atlas() {
        return atlas;
    }

    public ObservationNotes notes() {
        return notes;
    }

    public SubjectTimeline timeline() {
        return timeline;
    }

    public Optional<Dossier> dossier(String id, String lang) {
        Messages m = Messages.of(lang);
        return atlas.place(id).map(p -> place(p, m)).or(() -> atlas.link(id).map(l -> link(l, m)));
    }

    private Dossier place(Place p, Messages m) {
        List<Ref> counterpart = p.counterpartId()
                .flatMap(atlas::place)
                .map(c -> List.of(ref(c.id(), c.names(), m)))
                .orElse(List.of());
        List<String> facts = new ArrayList<>();
        facts.add(m.get(
                "detail.coordinates",
                m.fixed(p.position().lat(), 4),
                m.fixed(p.position().lon(), 4),
                m.get("precision." + p.precision().name().toLowerCase(Locale.ROOT))));
        if (!p.country().isEmpty()) facts.add(m.get("detail.country", m.country(p.country())));
        return assemble(header(p, m, new Related(m.get("detail.counterpart"), counterpart), facts), p.sources(), m);
    }

    private Dossier link(Link l, Messages m) {
        List<Ref> places = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String pid : l.placeIds()) {
            if (seen.add(pid)) atlas.place(pid).ifPresent(p -> places.add(ref(p.id(), p.names(), m)));
        }
        List<String> facts = new ArrayList<>();
        for (Figure f : l.figures()) facts.add(figure(f, m));
        facts.add(m.get("geometry." + l.geometry().name().toLowerCase(Locale.ROOT)));
        List<Citation> cites = new ArrayList<>(l.sources());
        l.figures().forEach(f -> f.source().filter(c -> !cites.contains(c)).ifPresent(cites::add));
        return assemble(header(l, m, new Related(m.get("detail.route"), places), facts), cites, m);
    }

    private static Header header(Subject s, Messages m, Related related, List<String> facts) {
        return new Header(
                s.id(),
                m.text(s.names()),
                otherNames(s.names(), m.dataLanguage()),
                m.get("kind." + s.kindId()),
                m.get("status." + s.status().id()),
                s.opened().map(m::date),
                m.text(s.description()),
                related,
                facts);
    }

    /** The statistics, timeline, notes and the references behind all of them, around a header. */
    private Dossier assemble(Header header, List<Citation> own, Messages m) {
        List<StatTable> tables = statistics.tables(header.id());
        Map<EventKind, List<PolicyEvent>> events = timeline.byKind(header.id());
        List<Series> all = tables.stream().flatMap(t -> t.series().stream()).toList();
        List<DataNote> found = new ArrayList<>(notes.aboutAny(all));
        events.values()
                .forEach(list -> list.forEach(e -> notes.aboutEvent(e.id()).stream()
                        .filter(n -> !found.contains(n))
                        .forEach(found::add)));
        List<Citation> cites = new ArrayList<>(own);
        all.forEach(s -> cites.add(s.source()));
        events.values().forEach(list -> list.forEach(e -> cites.addAll(e.sources())));
        return new Dossier(header, tables, events, found, references(cites, m), overview(header.id()));
    }

    private Overview overview(String id) {
        if (!id.equals(Atlas.PROVINCE_ID)) return Overview.NONE;
        ProvinceOverview overview = new ProvinceOverview(atlas);
        return new Overview(overview.parts(), overview.tables());
    }

    /** One reference per paper, in order of first citation, listing every table and section cited. */
    private List<Reference> references(List<Citation> cites, Messages m) {
        Map<String, Set<String>> locators = new LinkedHashMap<>();
        for (Citation c : cites) {
            Set<String> l = locators.computeIfAbsent(c.sourceId(), k -> new LinkedHashSet<>());
            String locator = CitationFormatter.locator(c, m, atlas.glossary());
            if (!locator.isEmpty()) l.add(locator);
        }
        List<Reference> out = new ArrayList<>();
        locators.forEach((id, locs) -> atlas.source(id)
                .ifPresent(s -> out.add(new Reference(
                        id, CitationFormatter.apa(s, m), CitationFormatter.gbt7714(s, m), List.copyOf(locs)))));
        return out;
    }

    /** "Song (2019), Table 4" — where a value comes from, short enough for a tooltip. */
    public String shortSource(Citation c, String lang) {
        Messages m = Messages.of(lang);
        return atlas.source(c.sourceId())
                .map(s -> CitationFormatter.shortForm(s, c, m, atlas.glossary()))
                .orElse(c.sourceId());
    }

    /** A value exactly as printed, with the paper's own qualifier ("about", "more than"). */
    public static String printed(Observation o, Messages m) {
        String v = m.number(o.value());
        return o.flag().map(f -> m.get("value.flag." + f, v)).orElse(v);
    }

    /** A series' unit as printed, in the reader's language ("billion US dollars" / "十亿美元"). */
    public String unit(Series s, String lang) {
        return Messages.of(lang).text(atlas.glossary().unit(s.unit()));
    }

    /** What hovering a value shows: series, period, printed value and unit, source, and any note flagging it. */
    public String valueTip(Series s, Observation o, String lang) {
        Messages m = Messages.of(lang);
        StringBuilder sb = new StringBuilder(m.text(s.title()))
                .append('\n')
                .append(m.get("value.tip", m.period(o.period()), printed(o, m), unit(s, lang)))
                .append('\n')
                .append(shortSource(s.source(), lang));
        for (DataNote n : notes.about(s, o.period())) sb.append('\n').append(m.get("note.flag", m.text(n.message())));
        return sb.toString();
    }

    /** What a dossier card is headed with: the paper's own table title, else its first series' title. */
    public String tableTitle(StatTable t, String lang) {
        Messages m = Messages.of(lang);
        var printed = t.source()
                .table()
                .flatMap(n -> atlas.source(t.source().sourceId()).flatMap(s -> s.tableTitle(n)));
        if (printed.isPresent()) return m.text(printed.get());
        int more = t.series().size() - 1;
        String first = m.text(t.series().get(0).title());
        return more > 0 ? m.get("card.more", first, more) : first;
    }

    /** A subject's name in the chosen language, or its id when the atlas does not know it. */
    public String nameOf(String id, String lang) {
        Messages m = Messages.of(lang);
        return atlas.subject(id).map(s -> m.text(s.names())).orElse(id);
    }

    private String figure(Figure f, Messages m) {
        String name = capitalized(m.text(atlas.glossary().term(Glossary.Kind.FIGURE, f.name())), m);
        String value = f.unit().isEmpty()
                ? m.number(f.value())
                : m.get(
                        "value.withUnit",
                        m.number(f.value()),
                        m.text(atlas.glossary().unit(f.unit())));
        String fact = m.get("detail.figure", name, value);
        if (f.period().isPresent())
            fact = m.get("detail.figurePeriod", fact, m.period(f.period().get()));
        Optional<String> cite = f.source()
                .flatMap(c ->
                        atlas.source(c.sourceId()).map(s -> CitationFormatter.shortForm(s, c, m, atlas.glossary())));
        return cite.isPresent() ? m.get("detail.figureSource", fact, cite.get()) : fact;
    }

    /** "I. Policy coordination" / "I. 政策沟通": a part of the BRI paper, its heading translated by the glossary. */
    public String partTitle(ProvinceOverview.Part p, String lang) {
        Messages m = Messages.of(lang);
        return m.get("overview.part", p.numeral(), m.text(atlas.glossary().term(Glossary.Kind.SECTION, p.title())));
    }

    /** "Song Linlin, Table 2 — Key projects": a printed table that lists places and routes. */
    public String tabledTitle(ProvinceOverview.TabledSubjects t, String lang) {
        Messages m = Messages.of(lang);
        String cite = shortSource(
                new Citation(t.sourceId(), Optional.of(t.table()), Optional.empty(), Optional.empty()), lang);
        return t.title().map(x -> m.get("overview.tabled", cite, m.text(x))).orElse(cite);
    }

    /** Names side by side: "黑河 · Хэйхэ". */
    public static String names(Messages m, List<String> names) {
        return names.stream().reduce((a, b) -> m.get("names.join", a, b)).orElse("");
    }

    /** "length" → "Length", "протяжённость" → "Протяжённость": a figure's name opens its line. */
    private static String capitalized(String text, Messages m) {
        if (text.isEmpty()) return text;
        int first = text.offsetByCodePoints(0, 1);
        return text.substring(0, first).toUpperCase(m.locale().toLocale()) + text.substring(first);
    }

    /** The subject's names in the other languages; a Chinese or Russian reader is not shown the English one. */
    private static List<String> otherNames(LocalizedText names, String lang) {
        List<String> out = new ArrayList<>();
        List<String> shown = lang.equals("en") ? List.of("en", "zh", "ru", "pinyin") : List.of("zh", "ru", "pinyin");
        for (String l : shown) {
            String n = names.in(l);
            if (!l.equals(lang) && names.has(l) && !n.equals(names.in(lang)) && !out.contains(n)) out.add(n);
        }
        return out;
    }

    private static Ref ref(String id, LocalizedText names, Messages m) {
        return new Ref(id, m.text(names));
    }
}
