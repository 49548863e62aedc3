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
        return atlas.place(id).map(p -> place(p, lang)).or(() -> atlas.link(id).map(l -> link(l, lang)));
    }

    private Dossier place(Place p, String lang) {
        List<Ref> counterpart = p.counterpartId()
                .flatMap(atlas::place)
                .map(c -> List.of(ref(c.id(), c.names(), lang)))
                .orElse(List.of());
        List<String> facts = new ArrayList<>();
        facts.add(Messages.get(
                "detail.coordinates",
                String.format("%.4f", p.position().lat()),
                String.format("%.4f", p.position().lon()),
                Messages.get("precision." + p.precision().name().toLowerCase(Locale.ROOT))));
        if (!p.country().isEmpty()) facts.add(Messages.get("detail.country", p.country()));
        return assemble(
                header(p, lang, new Related(Messages.get("detail.counterpart"), counterpart), facts), p.sources());
    }

    private Dossier link(Link l, String lang) {
        List<Ref> places = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String pid : l.placeIds()) {
            if (seen.add(pid)) atlas.place(pid).ifPresent(p -> places.add(ref(p.id(), p.names(), lang)));
        }
        List<String> facts = new ArrayList<>();
        for (Figure f : l.figures()) facts.add(figure(f));
        facts.add(Messages.get("geometry." + l.geometry().name().toLowerCase(Locale.ROOT)));
        List<Citation> cites = new ArrayList<>(l.sources());
        l.figures().forEach(f -> f.source().filter(c -> !cites.contains(c)).ifPresent(cites::add));
        return assemble(header(l, lang, new Related(Messages.get("detail.route"), places), facts), cites);
    }

    private static Header header(Subject s, String lang, Related related, List<String> facts) {
        return new Header(
                s.id(),
                s.names().in(lang),
                otherNames(s.names(), lang),
                Messages.get("kind." + s.kindId()),
                Messages.get("status." + s.status().id()),
                s.opened().map(Object::toString),
                s.description().in(lang),
                related,
                facts);
    }

    /** The statistics, timeline, notes and the references behind all of them, around a header. */
    private Dossier assemble(Header header, List<Citation> own) {
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
        return new Dossier(header, tables, events, found, references(cites), overview(header.id()));
    }

    private Overview overview(String id) {
        if (!id.equals(Atlas.PROVINCE_ID)) return Overview.NONE;
        ProvinceOverview overview = new ProvinceOverview(atlas);
        return new Overview(overview.parts(), overview.tables());
    }

    /** One reference per paper, in order of first citation, listing every table and section cited. */
    private List<Reference> references(List<Citation> cites) {
        Map<String, Set<String>> locators = new LinkedHashMap<>();
        for (Citation c : cites) {
            Set<String> l = locators.computeIfAbsent(c.sourceId(), k -> new LinkedHashSet<>());
            if (!c.locator().isEmpty()) l.add(c.locator());
        }
        List<Reference> out = new ArrayList<>();
        locators.forEach((id, locs) -> atlas.source(id)
                .ifPresent(s -> out.add(
                        new Reference(id, CitationFormatter.apa(s), CitationFormatter.gbt7714(s), List.copyOf(locs)))));
        return out;
    }

    /** "Song (2019), Table 4" — where a value comes from, short enough for a tooltip. */
    public String shortSource(Citation c) {
        return atlas.source(c.sourceId())
                .map(s -> CitationFormatter.shortForm(s, c))
                .orElse(c.sourceId());
    }

    /** A value exactly as printed, with the paper's own qualifier ("about", "more than"). */
    public static String printed(Observation o) {
        String v = o.value().toPlainString();
        return o.flag().map(f -> Messages.get("value.flag." + f, v)).orElse(v);
    }

    /** What hovering a value shows: series, period, printed value and unit, source, and any note flagging it. */
    public String valueTip(Series s, Observation o, String lang) {
        StringBuilder sb = new StringBuilder(s.title().in(lang))
                .append('\n')
                .append(Messages.get("value.tip", o.period(), printed(o), s.unit()))
                .append('\n')
                .append(shortSource(s.source()));
        for (DataNote n : notes.about(s, o.period()))
            sb.append("\n\u26a0 ").append(n.message().in(lang));
        return sb.toString();
    }

    /** What a dossier card is headed with: the paper's own table title, else its first series' title. */
    public String tableTitle(StatTable t, String lang) {
        var printed = t.source()
                .table()
                .flatMap(n -> atlas.source(t.source().sourceId()).flatMap(s -> s.tableTitle(n)));
        if (printed.isPresent()) return printed.get().in(lang);
        int more = t.series().size() - 1;
        return t.series().get(0).title().in(lang) + (more > 0 ? " " + Messages.get("card.more", more) : "");
    }

    /** A subject's name in the chosen language, or its id when the atlas does not know it. */
    public String nameOf(String id, String lang) {
        return atlas.subject(id).map(s -> s.names().in(lang)).orElse(id);
    }

    private String figure(Figure f) {
        String name = Messages.get("figure." + f.name());
        if (name.startsWith("!")) name = f.name();
        String cite = f.source()
                .flatMap(c -> atlas.source(c.sourceId()).map(s -> CitationFormatter.shortForm(s, c)))
                .map(s -> " — " + s)
                .orElse("");
        return name + ": " + f.value().toPlainString() + (f.unit().isEmpty() ? "" : " " + f.unit())
                + f.period().map(p -> " (" + p + ")").orElse("") + cite;
    }

    private static List<String> otherNames(LocalizedText names, String lang) {
        List<String> out = new ArrayList<>();
        for (String l : List.of("en", "zh", "ru", "pinyin")) {
            String n = names.in(l);
            if (!l.equals(lang) && names.has(l) && !n.equals(names.in(lang)) && !out.contains(n)) out.add(n);
        }
        return out;
    }

    private static Ref ref(String id, LocalizedText names, String lang) {
        return new Ref(id, names.in(lang));
    }
}
