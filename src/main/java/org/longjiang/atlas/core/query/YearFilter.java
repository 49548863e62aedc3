package org.longjiang.atlas.core.query;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.DateQualifier;
import org.longjiang.atlas.core.model.LifecycleStage;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.LinkKind;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PlaceKind;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.model.Subject;

/**
 * What existed in a given year, and in what status, read from the dated lifecycles:
 * <ul>
 * <li>a record with dated stages has, at the end of a year, the status of its last stage dated in or
 *     before it, and does not exist before its first stage;</li>
 * <li>a record with no dated stage exists only from the year of the earliest paper that names it (its
 *     date is unknown), never in every past year; one no paper names exists only today;</li>
 * <li>a link is operating only when every place on its course and every record it depends on (a
 *     bridge, the railway it starts on) is operating; otherwise it stands where they stand.</li>
 * </ul>
 */
public final class YearFilter {
    /** The time bar never reaches further back: founding dates of old cities and countries lie before it. */
    static final int EARLIEST = 1890;

    private final Atlas atlas;
    private final int today;
    private final Map<String, Standing.FirstMention> firstMention = new HashMap<>();
    private final Map<Integer, Map<String, Optional<Standing>>> memo = new HashMap<>();

    public YearFilter(Atlas atlas) {
        this(atlas, Year.now().getValue());
    }

    /** @param today the year "today" means (tests fix it) */
    public YearFilter(Atlas atlas, int today) {
        this.atlas = atlas;
        this.today = today;
        for (Place p : atlas.places()) firstMention(p, p.sources());
        for (Link l : atlas.links()) {
            List<Citation> cites = new ArrayList<>(l.sources());
            l.figures().forEach(f -> f.source().ifPresent(cites::add));
            firstMention(l, cites);
        }
        for (PolicyEvent e : atlas.events()) {
            for (String s : e.subjects()) atlas.subject(s).ifPresent(sub -> firstMention(sub, e.sources()));
        }
    }

    private void firstMention(Subject s, List<Citation> cites) {
        for (Citation c : cites) {
            atlas.source(c.sourceId())
                    .filter(src -> !src.generalKnowledge())
                    .flatMap(src -> src.evidenceYear())
                    .ifPresent(y -> firstMention.merge(
                            s.id(),
                            new Standing.FirstMention(c.sourceId(), y),
                            (a, b) -> a.year() <= b.year() ? a : b));
        }
    }

    /** The year "today" stands for. */
    public int today() {
        return today;
    }

    /** The earliest paper naming the record, if any paper does. */
    public Optional<Standing.FirstMention> firstMention(String id) {
        return Optional.ofNullable(firstMention.get(id));
    }

    /**
     * The earliest year anything on the map changes: the first dated stage of a link or the first
     * event, but never before {@value #EARLIEST} (places founded earlier simply exist from the start).
     */
    public int firstYear() {
        int first = today;
        for (PolicyEvent e : atlas.events()) first = Math.min(first, e.date().year());
        for (Link l : atlas.links()) {
            for (LifecycleStage s : l.lifecycle().stages())
                first = Math.min(first, s.date().year());
        }
        return Math.max(EARLIEST, first);
    }

    /** The status of a place or link at the end of the year, or empty when it did not exist (yet). */
    public Optional<Status> statusIn(String id, int year) {
        return standing(id, year).map(Standing::status);
    }

    /** The status today. */
    public Optional<Status> statusNow(String id) {
        return statusIn(id, today);
    }

    /** Where a place or link stood at the end of the year, with the evidence; empty when it did not exist. */
    public Optional<Standing> standing(String id, int year) {
        return standing(id, year, new HashSet<>());
    }

    private Optional<Standing> standing(String id, int year, Set<String> visiting) {
        Map<String, Optional<Standing>> known = memo.computeIfAbsent(year, y -> new HashMap<>());
        Optional<Standing> cached = known.get(id);
        if (cached != null) return cached;
        if (!visiting.add(id)) return Optional.empty(); // a dependency cycle: check reports it
        Optional<Subject> subject = atlas.subject(id);
        Optional<Standing> result = subject.flatMap(s -> own(s, year))
                .flatMap(own -> constrained(own, dependencies(subject.get()), year, visiting));
        visiting.remove(id);
        known.put(id, result);
        return result;
    }

    /**
     * Every record a link needs operating to operate: the crossings on its course (bridges and islands;
     * border ports where it crosses a border), the ports, airports and stations its kind works from, and
     * what it names as depended on. The towns it merely passes are not among them: a railway of 1903 may
     * pass the site of a city founded later.
     */
    public List<String> dependencies(Subject s) {
        Set<String> out = new LinkedHashSet<>();
        if (s instanceof Link l) {
            boolean crossesBorder = l.placeIds().stream()
                            .flatMap(id -> atlas.place(id).stream())
                            .map(Place::country)
                            .filter(c -> !c.isEmpty())
                            .distinct()
                            .count()
                    > 1;
            for (String id : l.placeIds()) {
                atlas.place(id)
                        .filter(p -> neededBy(l.kind(), p.kind(), crossesBorder))
                        .ifPresent(p -> out.add(p.id()));
            }
        }
        // An unknown id is reported by check; it must not hide the record.
        s.dependsOn().stream().filter(id -> atlas.subject(id).isPresent()).forEach(out::add);
        out.remove(s.id());
        return List.copyOf(out);
    }

    /** Whether a link of this kind needs a place of that kind on its course to be operating. */
    private static boolean neededBy(LinkKind link, PlaceKind place, boolean crossesBorder) {
        return switch (place) {
            case BRIDGE, ISLAND -> true;
            case BORDER_PORT -> crossesBorder;
            case AIRPORT -> link == LinkKind.AIR;
            case SEAPORT, RIVER_PORT -> link == LinkKind.SEA || link == LinkKind.LAND_SEA || link == LinkKind.RIVER;
            case PIPELINE_STATION -> link == LinkKind.PIPELINE_GAS || link == LinkKind.PIPELINE_OIL;
            default -> false;
        };
    }

    /** The record's own standing: its lifecycle, or its first mention when it has no dated stage. */
    private Optional<Standing> own(Subject s, int year) {
        if (s instanceof Place p && p.kind().timeless()) {
            return Optional.of(new Standing(s.status(), Optional.empty(), false, Optional.empty(), Optional.empty()));
        }
        if (!s.lifecycle().isEmpty()) {
            return s.lifecycle()
                    .stageIn(year)
                    .map(st -> new Standing(
                            st.status(),
                            Optional.of(st),
                            attestedOnlyByAPaper(st),
                            Optional.empty(),
                            Optional.empty()));
        }
        Optional<Standing.FirstMention> first = firstMention(s.id());
        boolean attested = first.map(f -> f.year() <= year).orElse(year >= today);
        return attested
                ? Optional.of(new Standing(s.status(), Optional.empty(), true, first, Optional.empty()))
                : Optional.empty();
    }

    /**
     * A stage dated only "by" the year of the paper that reports it: like an undated record, what it
     * shows is attested then but not when it began. A "by" date from general knowledge is a deliberate
     * lower bound from a dated document (a 1994 agreement listing a port) and is not marked.
     */
    private static boolean attestedOnlyByAPaper(LifecycleStage st) {
        return st.qualifier() == DateQualifier.BY && st.sources().stream().noneMatch(Citation::generalKnowledge);
    }

    /** An operating or suspended record cannot be more than what it depends on was in that year. */
    private Optional<Standing> constrained(Standing own, List<String> deps, int year, Set<String> visiting) {
        if (own.status() != Status.OPERATING && own.status() != Status.SUSPENDED) return Optional.of(own);
        Standing result = own;
        int worst = rank(Optional.of(own.status()));
        for (String dep : deps) {
            Optional<Status> d = standing(dep, year, visiting).map(Standing::status);
            int r = rank(d);
            if (r >= worst) continue;
            if (d.isEmpty()) return Optional.empty();
            worst = r;
            result = own.heldBackTo(d.get(), dep);
        }
        return Optional.of(result);
    }

    /** A record whose own lifecycle says more than what it depends on allowed in a year. */
    public record Breach(Status own, String dependency, Optional<Status> dependencyStatus) {}

    /**
     * Whether the record's own lifecycle (or first mention) claims it operating or suspended in the
     * year while a place on its course or a record it depends on was not operating: the data contradicts
     * itself, and the map shows the lesser status.
     */
    public Optional<Breach> breach(String id, int year) {
        Optional<Subject> s = atlas.subject(id);
        Optional<Standing> own = s.flatMap(x -> own(x, year));
        if (own.isEmpty() || rank(own.map(Standing::status)) < rank(Optional.of(Status.SUSPENDED))) {
            return Optional.empty();
        }
        int ownRank = rank(own.map(Standing::status));
        for (String dep : dependencies(s.get())) {
            Optional<Status> d = statusIn(dep, year);
            if (rank(d) < ownRank) return Optional.of(new Breach(own.get().status(), dep, d));
        }
        return Optional.empty();
    }

    /** How far along a status is, for "the least advanced of the record and what it depends on". */
    private static int rank(Optional<Status> s) {
        if (s.isEmpty()) return 0;
        return switch (s.get()) {
            case PROPOSED -> 1;
            case UNDER_CONSTRUCTION -> 2;
            case SUSPENDED -> 3;
            case OPERATING -> 4;
        };
    }

    public List<Place> places(int year) {
        return atlas.places().stream()
                .filter(p -> statusIn(p.id(), year).isPresent())
                .toList();
    }

    public List<Link> links(int year) {
        return atlas.links().stream()
                .filter(l -> statusIn(l.id(), year).isPresent())
                .toList();
    }

    /** The events dated in or before the year, latest first: the policies in force and the openings so far. */
    public List<PolicyEvent> eventsUpTo(int year) {
        return atlas.events().stream()
                .filter(e -> e.date().year() <= year)
                .sorted((a, b) -> b.date().compareTo(a.date()))
                .toList();
    }
}
