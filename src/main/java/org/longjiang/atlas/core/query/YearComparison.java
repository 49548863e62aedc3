package org.longjiang.atlas.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.DateQualifier;
import org.longjiang.atlas.core.model.LifecycleStage;
import org.longjiang.atlas.core.model.PartialDate;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.model.Subject;

/** What is new, what changed status and what stopped between two years, each change with its date and source. */
public final class YearComparison {
    private final Atlas atlas;
    private final YearFilter filter;

    public YearComparison(Atlas atlas, YearFilter filter) {
        this.atlas = atlas;
        this.filter = filter;
    }

    /** Every place and link whose status at the end of {@code to} differs from that at the end of {@code from}, by date. */
    public List<Change> changes(int from, int to) {
        List<Change> out = new ArrayList<>();
        Stream.concat(atlas.places().stream(), atlas.links().stream()).forEach(s -> {
            Optional<Standing> a = filter.standing(s.id(), from);
            Optional<Standing> b = filter.standing(s.id(), to);
            Optional<Status> sa = a.map(Standing::status), sb = b.map(Standing::status);
            if (!sa.equals(sb)) out.add(change(s, a, b, from, to));
        });
        out.sort(Comparator.comparing(
                        (Change c) -> c.date().orElse(new PartialDate(to, Optional.empty(), Optional.empty())))
                .thenComparing(c -> c.subject().id()));
        return out;
    }

    /** The status of one record in each of the two years, if it changed. */
    public Optional<Change.Kind> kindOf(String id, int from, int to) {
        Optional<Status> a = filter.statusIn(id, from), b = filter.statusIn(id, to);
        return a.equals(b) ? Optional.empty() : Optional.of(kind(a, b));
    }

    private Change change(Subject s, Optional<Standing> a, Optional<Standing> b, int from, int to) {
        Optional<Status> sa = a.map(Standing::status), sb = b.map(Standing::status);
        // The cause: a dependency holding the record back at either end, else the record's own latest stage.
        String cause = b.flatMap(Standing::heldBy)
                .or(() -> a.flatMap(Standing::heldBy))
                .orElse(s.id());
        Optional<LifecycleStage> stage = latestStage(cause, from, to);
        if (stage.isEmpty() && !cause.equals(s.id())) {
            cause = s.id();
            stage = latestStage(cause, from, to);
        }
        if (stage.isPresent()) {
            return new Change(
                    s,
                    kind(sa, sb),
                    sa,
                    sb,
                    Optional.of(stage.get().date()),
                    stage.get().qualifier(),
                    cause,
                    stage.get().sources());
        }
        // An undated record: it appears with the first paper that names it.
        Optional<Standing.FirstMention> first = b.flatMap(Standing::firstNamed);
        return new Change(
                s,
                kind(sa, sb),
                sa,
                sb,
                first.map(f -> new PartialDate(f.year(), Optional.empty(), Optional.empty())),
                DateQualifier.BY,
                s.id(),
                first.map(f -> List.of(
                                new Citation(f.sourceId(), Optional.empty(), Optional.empty(), Optional.empty())))
                        .orElse(List.of()));
    }

    /** The last stage of a record dated after {@code from} and by the end of {@code to}. */
    private Optional<LifecycleStage> latestStage(String id, int from, int to) {
        return atlas.subject(id)
                .flatMap(s -> s.lifecycle().stages().stream()
                        .filter(st -> st.date().year() > from && st.date().year() <= to)
                        .reduce((x, y) -> y));
    }

    private static Change.Kind kind(Optional<Status> from, Optional<Status> to) {
        if (from.isEmpty()) return Change.Kind.NEW;
        if (to.isEmpty() || to.get() == Status.SUSPENDED) return Change.Kind.STOPPED;
        return Change.Kind.CHANGED;
    }
}
