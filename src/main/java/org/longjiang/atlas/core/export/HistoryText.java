package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.DateQualifier;
import org.longjiang.atlas.core.model.LifecycleStage;
import org.longjiang.atlas.core.model.PartialDate;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PlaceKind;
import org.longjiang.atlas.core.model.Stage;
import org.longjiang.atlas.core.model.Subject;
import org.longjiang.atlas.core.query.Standing;
import org.longjiang.atlas.core.query.YearFilter;

/** A record's history in words: its status in a year with the evidence, and its dated stages with their sources. */
public final class HistoryText {
    private static final Set<PlaceKind> CROSSINGS = Set.of(PlaceKind.BRIDGE, PlaceKind.BORDER_PORT, PlaceKind.ISLAND);
    private static final Set<PlaceKind> ESTABLISHED = Set.of(
            PlaceKind.COUNTRY,
            PlaceKind.PROVINCE,
            PlaceKind.CITY,
            PlaceKind.INSTITUTION,
            PlaceKind.PARK,
            PlaceKind.ISLAND,
            PlaceKind.RAIL_HUB);

    private final Atlas atlas;
    private final YearFilter filter;
    private final Messages m;

    public HistoryText(Atlas atlas, YearFilter filter, Messages m) {
        this.atlas = atlas;
        this.filter = filter;
        this.m = m;
    }

    /** "26 February 2014", "about 2015" or "by 2019", as the reader's language writes dates. */
    public static String date(LifecycleStage st, Messages m) {
        return dated(st.date(), st.qualifier(), m, false);
    }

    /**
     * A date with its qualifier; {@code governed} when a preposition comes before it ("since …"), which in
     * Russian takes the month's genitive. A bare year reads as one ("2015年", "2015 г.").
     */
    public static String dated(PartialDate d, DateQualifier q, Messages m, boolean governed) {
        if (q != DateQualifier.AS_GIVEN) return m.get("date." + q.id(), when(d, m, true));
        return when(d, m, governed);
    }

    private static String when(PartialDate d, Messages m, boolean governed) {
        if (d.month().isEmpty()) return m.get("date.year", m.year(d.year()));
        return governed ? m.dateGoverned(d) : m.date(d);
    }

    /** "opened 10 June 2022" ("established 1907" for a country, province, city or institution). */
    public static String stage(Subject s, LifecycleStage st, Messages m) {
        return m.get("history.stageOn", stageName(s, st, m), date(st, m));
    }

    /** A town or a state is established, not opened. */
    private static String stageName(Subject s, LifecycleStage st, Messages m) {
        boolean area = s instanceof Place p && ESTABLISHED.contains(p.kind());
        return m.get("stage." + st.stage().id() + (area && st.stage() == Stage.OPENED ? ".established" : ""));
    }

    /**
     * The dossier header's status: "under construction in 2016 (since 2014-02-26)", "not yet in 2010",
     * "operating today (date unknown: first named in …)"; with the crossing that held it back, if one did.
     */
    public String status(Subject s, Optional<Integer> year) {
        int y = year.orElse(filter.today());
        Optional<Standing> st = filter.standing(s.id(), y);
        if (st.isEmpty()) {
            return year.map(v -> m.get("history.notYet", m.year(v))).orElseGet(() -> m.get("history.notYetToday"));
        }
        Standing standing = st.get();
        String status = m.get("status." + standing.status().id());
        String head = year.isPresent() ? m.get("history.inYear", status, m.year(y)) : m.get("history.today", status);
        List<String> why = new ArrayList<>();
        standing.stage()
                .ifPresent(stage -> why.add(
                        stage.qualifier() == DateQualifier.BY
                                ? m.get("history.byOnly", date(stage, m))
                                : m.get("history.since", dated(stage.date(), stage.qualifier(), m, true))));
        standing.firstNamed().ifPresent(f -> why.add(m.get("history.dateUnknown", paper(f.sourceId(), f.year()))));
        standing.heldBy()
                .ifPresent(dep -> why.add(m.get(
                        "history.heldBy",
                        atlas.subject(dep).map(d -> m.text(d.names())).orElse(dep),
                        filter.statusIn(dep, y)
                                .map(x -> m.get("status." + x.id()))
                                .orElse(m.get("change.absent")))));
        if (why.isEmpty()) return head;
        return m.get(
                "history.because",
                head,
                why.stream().reduce((a, b) -> m.get("history.and", a, b)).orElseThrow());
    }

    /** One line per stage: "2014-02-26 · construction began · general knowledge: a date — Xinhua report …". */
    public List<String> stages(Subject s) {
        List<String> out = new ArrayList<>();
        for (LifecycleStage st : s.lifecycle().stages()) {
            String cites = cites(st.sources());
            String line = m.get("history.stageLine", date(st, m), stageName(s, st, m));
            out.add(cites.isEmpty() ? line : m.get("history.stageLine", line, cites));
        }
        return out;
    }

    /** What the history section says when there are no stages. */
    public String undated(Subject s) {
        return filter.firstMention(s.id())
                .map(f -> m.get("history.undated", m.year(f.year()), paper(f.sourceId(), f.year())))
                .orElseGet(() -> m.get("history.unnamed"));
    }

    /**
     * What it needs operating to operate, as a reader would name it: the crossings on its course (bridges,
     * border ports, islands) and the records it depends on (the towns it passes are left out).
     */
    public List<String> dependencies(Subject s) {
        return filter.dependencies(s).stream()
                .flatMap(id -> atlas.subject(id).stream())
                .filter(d -> s.dependsOn().contains(d.id()) || d instanceof Place p && CROSSINGS.contains(p.kind()))
                .map(d -> m.text(d.names()))
                .toList();
    }

    /** Short citations joined: "Song Linlin (2020), §3.2; general knowledge: a date — Xinhua …". */
    public String cites(List<Citation> citations) {
        return citations.stream()
                .map(this::cite)
                .distinct()
                .reduce((a, b) -> m.get("sources.join", a, b))
                .orElse("");
    }

    private String cite(Citation c) {
        if (c.generalKnowledge()) return GeneralKnowledge.cite(c, m);
        return atlas.source(c.sourceId())
                .map(src -> CitationFormatter.shortForm(src, c, m, atlas.glossary()))
                .orElse(c.sourceId());
    }

    private String paper(String sourceId, int year) {
        return atlas.source(sourceId)
                .map(src -> CitationFormatter.shortForm(
                        src,
                        new Citation(sourceId, Optional.empty(), Optional.empty(), Optional.empty()),
                        m,
                        atlas.glossary()))
                .map(name ->
                        name.contains(String.valueOf(year)) ? name : m.get("history.paperYear", name, m.year(year)))
                .orElse(sourceId);
    }
}
