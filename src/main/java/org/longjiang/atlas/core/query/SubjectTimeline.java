package org.longjiang.atlas.core.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Series;

/** The dated events that concern a subject, and the ones worth marking on a chart of its series. */
public final class SubjectTimeline {
    /** Kinds drawn on charts: milestones are statistics themselves and would crowd the markers. */
    private static final Set<EventKind> MARKED = Set.of(
            EventKind.NATIONAL_STRATEGY,
            EventKind.PROVINCIAL_STRATEGY,
            EventKind.PLAN,
            EventKind.AGREEMENT,
            EventKind.OPENING,
            EventKind.RUSSIAN_POLICY);

    private final Atlas atlas;

    public SubjectTimeline(Atlas atlas) {
        this.atlas = atlas;
    }

    /** The events naming the subject, oldest first. */
    public List<PolicyEvent> events(String subjectId) {
        return atlas.events().stream()
                .filter(e -> e.subjects().contains(subjectId))
                .sorted(Comparator.comparing(PolicyEvent::date).thenComparing(PolicyEvent::id))
                .toList();
    }

    /** The same events grouped by kind, kinds in the order strategy → plan → agreement → opening → milestone → Russian policy. */
    public Map<EventKind, List<PolicyEvent>> byKind(String subjectId) {
        return events(subjectId).stream()
                .collect(Collectors.groupingBy(
                        PolicyEvent::kind, () -> new EnumMap<>(EventKind.class), Collectors.toList()));
    }

    /**
     * Events to draw on a chart of these series: those naming any subject of the series (so the
     * 2011 oil pipeline, which names Russia, marks the Heilongjiang–Russia trade chart), between
     * the first and last year the chart shows.
     */
    public List<PolicyEvent> markers(Collection<Series> series, int fromYear, int toYear) {
        Set<String> subjects =
                series.stream().flatMap(s -> s.subjects().stream()).collect(Collectors.toSet());
        return atlas.events().stream()
                .filter(e -> MARKED.contains(e.kind()))
                .filter(e -> e.date().year() >= fromYear && e.date().year() <= toYear)
                .filter(e -> e.subjects().stream().anyMatch(subjects::contains))
                .sorted(Comparator.comparing(PolicyEvent::date).thenComparing(PolicyEvent::id))
                .toList();
    }
}
