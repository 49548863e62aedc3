package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.DateQualifier;
import org.longjiang.atlas.core.model.LifecycleStage;
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

    public HistoryText(Atlas atlas, YearFilter filter) {
        this.atlas = atlas;
        this.filter = filter;
    }

    /** "2014-02-26", "about 2015" or "by 2019". */
    public static String date(LifecycleStage st) {
        String d = st.date().toString();
        return st.qualifier() == DateQualifier.AS_GIVEN
                ? d
                : Messages.get("date." + st.qualifier().id(), d);
    }

    /** "opened 2022-06-10" ("established 1907" for a country, province, city or institution). */
    public static String stage(Subject s, LifecycleStage st) {
        return stageName(s, st) + " " + date(st);
    }

    /** A town or a state is established, not opened. */
    private static String stageName(Subject s, LifecycleStage st) {
        boolean area = s instanceof Place p && ESTABLISHED.contains(p.kind());
        return Messages.get("stage." + st.stage().id() + (area && st.stage() == Stage.OPENED ? ".established" : ""));
    }

    /**
     * The dossier header's status: "under construction in 2016 (since 2014-02-26)", "not yet in 2010",
     * "operating today (date unknown: first named in …)"; with the crossing that held it back, if one did.
     */
    public String status(Subject s, Optional<Integer> year, String lang) {
        int y = year.orElse(filter.today());
        Optional<Standing> st = filter.standing(s.id(), y);
        if (st.isEmpty()) {
            return year.map(v -> Messages.get("history.notYet", v))
                    .orElseGet(() -> Messages.get("history.notYetToday"));
        }
        Standing standing = st.get();
        String status = Messages.get("status." + standing.status().id());
        StringBuilder sb = new StringBuilder(
                year.isPresent() ? Messages.get("history.inYear", status, y) : Messages.get("history.today", status));
        List<String> why = new ArrayList<>();
        standing.stage()
                .ifPresent(stage -> why.add(
                        stage.qualifier() == DateQualifier.BY
                                ? Messages.get("history.byOnly", date(stage))
                                : Messages.get("history.since", date(stage))));
        standing.firstNamed()
                .ifPresent(f -> why.add(Messages.get("history.dateUnknown", paper(f.sourceId(), f.year()))));
        standing.heldBy()
                .ifPresent(dep -> why.add(Messages.get(
                        "history.heldBy",
                        atlas.subject(dep).map(d -> d.names().in(lang)).orElse(dep),
                        filter.statusIn(dep, y)
                                .map(x -> Messages.get("status." + x.id()))
                                .orElse("—"))));
        if (!why.isEmpty()) sb.append(" (").append(String.join("; ", why)).append(')');
        return sb.toString();
    }

    /** One line per stage: "2014-02-26 · construction began · general knowledge: a date — Xinhua report …". */
    public List<String> stages(Subject s) {
        List<String> out = new ArrayList<>();
        for (LifecycleStage st : s.lifecycle().stages()) {
            String cites = cites(st.sources());
            out.add(date(st) + " · " + stageName(s, st) + (cites.isEmpty() ? "" : " · " + cites));
        }
        return out;
    }

    /** What the history section says when there are no stages. */
    public String undated(Subject s) {
        return filter.firstMention(s.id())
                .map(f -> Messages.get("history.undated", f.year(), paper(f.sourceId(), f.year())))
                .orElseGet(() -> Messages.get("history.unnamed"));
    }

    /**
     * What it needs operating to operate, as a reader would name it: the crossings on its course (bridges,
     * border ports, islands) and the records it depends on (the towns it passes are left out).
     */
    public List<String> dependencies(Subject s, String lang) {
        return filter.dependencies(s).stream()
                .flatMap(id -> atlas.subject(id).stream())
                .filter(d -> s.dependsOn().contains(d.id()) || d instanceof Place p && CROSSINGS.contains(p.kind()))
                .map(d -> d.names().in(lang))
                .toList();
    }

    /** Short citations joined: "Song Linlin (2020), §3.2; general knowledge: a date — Xinhua …". */
    public String cites(List<Citation> citations) {
        return citations.stream().map(this::cite).distinct().collect(Collectors.joining("; "));
    }

    private String cite(Citation c) {
        if (c.generalKnowledge()) return GeneralKnowledge.cite(c);
        return atlas.source(c.sourceId())
                .map(src -> CitationFormatter.shortForm(src, c))
                .orElse(c.sourceId());
    }

    private String paper(String sourceId, int year) {
        return atlas.source(sourceId)
                .map(src -> CitationFormatter.shortForm(
                        src, new Citation(sourceId, Optional.empty(), Optional.empty(), Optional.empty())))
                .map(name -> name.contains(String.valueOf(year)) ? name : Messages.get("history.paperYear", name, year))
                .orElse(sourceId);
    }
}
