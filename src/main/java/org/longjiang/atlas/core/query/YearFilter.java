package org.longjiang.atlas.core.query;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.PartialDate;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Status;

/**
 * What existed in a given year, and in what status, read from the dates in the data:
 * <ul>
 * <li>opened in or before the year: its recorded status (operating, or suspended);</li>
 * <li>opened later, or not opened yet: planned from the first dated event that names it (an
 *     agreement, a plan), and absent before that — the papers give no earlier trace;</li>
 * <li>neither an opening date nor an event: it has no date to filter by and is always shown,
 *     with its recorded status (cities, most ports, the old railways).</li>
 * </ul>
 */
public final class YearFilter {
    private final Atlas atlas;
    private final Map<String, PartialDate> firstMention = new HashMap<>();

    public YearFilter(Atlas atlas) {
        this.atlas = atlas;
        for (PolicyEvent e : atlas.events()) {
            for (String s : e.subjects()) firstMention.merge(s, e.date(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    /** The earliest year any place, route or event is dated: where the year slider starts. */
    public int firstYear() {
        int first = atlas.events().stream()
                .mapToInt(e -> e.date().year())
                .min()
                .orElse(Year.now().getValue());
        first = Math.min(
                first,
                atlas.places().stream()
                        .flatMap(p -> p.opened().stream())
                        .mapToInt(PartialDate::year)
                        .min()
                        .orElse(first));
        return Math.min(
                first,
                atlas.links().stream()
                        .flatMap(l -> l.opened().stream())
                        .mapToInt(PartialDate::year)
                        .min()
                        .orElse(first));
    }

    /** The status of a place or link in the year, or empty when it did not exist yet. */
    public Optional<Status> statusIn(String id, int year) {
        return atlas.subject(id).flatMap(s -> status(s.id(), s.opened(), s.status(), year));
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

    private Optional<Status> status(String id, Optional<PartialDate> opened, Status recorded, int year) {
        Optional<PartialDate> mentioned = Optional.ofNullable(firstMention.get(id));
        if (opened.isPresent()) {
            if (opened.get().year() <= year) return Optional.of(recorded);
            return mentioned
                    .filter(m -> m.year() <= year && m.compareTo(opened.get()) < 0)
                    .map(m -> Status.PLANNED);
        }
        if (recorded == Status.OPERATING || recorded == Status.SUSPENDED) return Optional.of(recorded);
        // Planned or under construction today, with no opening: from its first mention, or always if never dated.
        if (mentioned.isEmpty()) return Optional.of(recorded);
        return mentioned.get().year() <= year ? Optional.of(recorded) : Optional.empty();
    }
}
