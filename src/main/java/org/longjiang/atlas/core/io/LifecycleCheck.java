package org.longjiang.atlas.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.LifecycleStage;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Stage;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.model.Subject;
import org.longjiang.atlas.core.query.YearFilter;

/**
 * The rules that keep the map's history true, checked on the loaded atlas:
 * <ol>
 * <li>every stage of a lifecycle has a source;</li>
 * <li>a general-knowledge source says what it supplied;</li>
 * <li>stages follow their order (proposed or agreed, construction, opened, then suspended, resumed or closed;
 *     after a closing a new life may begin);</li>
 * <li>natural features and regions (timeless kinds) carry no lifecycle;</li>
 * <li>the recorded status today is the one the lifecycle ends with;</li>
 * <li>a record with no dated stage is named by at least one paper (otherwise nothing says when it existed);</li>
 * <li>{@code depends_on} names known places or links;</li>
 * <li>no record is operating (or suspended) in a year when a place on its course or a record it depends
 *     on was not yet operating.</li>
 * </ol>
 */
final class LifecycleCheck {
    private final Atlas atlas;
    private final YearFilter filter;
    private final List<Problem> problems = new ArrayList<>();

    LifecycleCheck(Atlas atlas, int today) {
        this.atlas = atlas;
        this.filter = new YearFilter(atlas, today);
    }

    List<Problem> problems() {
        Stream.concat(atlas.places().stream(), atlas.links().stream()).forEach(this::check);
        return problems;
    }

    private void check(Subject s) {
        String file = s instanceof Link ? AtlasLoader.LINKS : AtlasLoader.PLACES;
        List<LifecycleStage> stages = s.lifecycle().stages();
        for (int i = 0; i < stages.size(); i++) {
            LifecycleStage st = stages.get(i);
            String field = "lifecycle[" + i + "]";
            if (st.sources().isEmpty()) add(file, s, field, "problem.stageSource", label(st));
            for (Citation c : st.sources()) {
                if (c.generalKnowledge() && c.supplies().isEmpty())
                    add(file, s, field + ".sources", "problem.supplies");
            }
            LifecycleStage previous = i > 0 ? stages.get(i - 1) : null;
            // A closing ends a life: a line may be rebuilt after it (the Bei'an–Heihe railway, dismantled in 1946).
            if (previous != null && previous.stage() != Stage.CLOSED && order(st.stage()) < order(previous.stage())) {
                add(file, s, field, "problem.stageOrder", label(st), label(previous));
            }
        }
        Stream.concat(s.sources().stream(), figureSources(s))
                .filter(c -> c.generalKnowledge() && c.supplies().isEmpty())
                .findFirst()
                .ifPresent(c -> add(file, s, "sources", "problem.supplies"));
        s.lifecycle().last().ifPresent(last -> {
            if (last.status() != s.status())
                add(
                        file,
                        s,
                        "status",
                        "problem.statusMismatch",
                        Values.quote(s.status().id()),
                        label(last),
                        status(last.status()));
        });
        boolean timeless = s instanceof Place p && p.kind().timeless();
        if (timeless && !s.lifecycle().isEmpty())
            add(
                    file,
                    s,
                    "lifecycle",
                    "problem.timeless",
                    Message.of("kind." + ((Place) s).kind().id()));
        if (!timeless && s.lifecycle().isEmpty() && filter.firstMention(s.id()).isEmpty())
            add(file, s, "lifecycle", "problem.undated");
        for (String dep : s.dependsOn()) {
            if (atlas.subject(dep).isEmpty()) add(file, s, "depends_on", "problem.unknownSubject", Values.quote(dep));
        }
        breaches(file, s);
    }

    /** One problem per dependency that held the record back, naming the first year it did. */
    private void breaches(String file, Subject s) {
        Set<String> reported = new HashSet<>();
        for (int y = filter.firstYear(); y <= filter.today(); y++) {
            Optional<YearFilter.Breach> b = filter.breach(s.id(), y);
            if (b.isEmpty() || !reported.add(b.get().dependency())) continue;
            String dep = b.get().dependency();
            boolean onCourse = s instanceof Link l && l.placeIds().contains(dep);
            add(
                    file,
                    s,
                    "lifecycle",
                    "problem.breach",
                    status(b.get().own()),
                    y,
                    dep,
                    Message.of(onCourse ? "problem.breach.onCourse" : "problem.breach.dependsOn"),
                    b.get().dependencyStatus().map(LifecycleCheck::status).orElse(Message.of("problem.breach.absent")));
        }
    }

    private static Stream<Citation> figureSources(Subject s) {
        return s instanceof Link l ? l.figures().stream().flatMap(f -> f.source().stream()) : Stream.empty();
    }

    /** Proposed and agreed come first, then construction, then the opening, then what happens to a working line. */
    private static int order(Stage st) {
        return switch (st) {
            case PROPOSED, AGREED -> 0;
            case CONSTRUCTION -> 1;
            case OPENED -> 2;
            case SUSPENDED, RESUMED, CLOSED -> 3;
        };
    }

    /** A stage as the file writes it: "opened 2015-06". */
    private static Object label(LifecycleStage st) {
        return Values.quote(st.stage().id() + " " + st.date());
    }

    /** A status in the reader's words ("operating", "运营中"). */
    private static Message status(Status st) {
        return Message.of("status." + st.id());
    }

    private void add(String file, Subject s, String field, String key, Object... args) {
        problems.add(Problem.of(file, s.id(), field, key, args));
    }
}
