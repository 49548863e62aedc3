package org.longjiang.atlas.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.LifecycleStage;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Stage;
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
            if (st.sources().isEmpty()) {
                add(
                        file,
                        s,
                        field,
                        label(st)
                                + " has no source: cite the paper (table or section) or general knowledge that dates it");
            }
            for (Citation c : st.sources()) {
                if (c.generalKnowledge() && c.supplies().isEmpty())
                    add(
                            file,
                            s,
                            field + ".sources",
                            "a general-knowledge source must say what it supplied (\"supplies\")");
            }
            LifecycleStage previous = i > 0 ? stages.get(i - 1) : null;
            // A closing ends a life: a line may be rebuilt after it (the Bei'an–Heihe railway, dismantled in 1946).
            if (previous != null && previous.stage() != Stage.CLOSED && order(st.stage()) < order(previous.stage())) {
                add(file, s, field, label(st) + " comes after " + label(previous) + ": stages out of order");
            }
        }
        Stream.concat(s.sources().stream(), figureSources(s))
                .filter(c -> c.generalKnowledge() && c.supplies().isEmpty())
                .findFirst()
                .ifPresent(c ->
                        add(file, s, "sources", "a general-knowledge source must say what it supplied (\"supplies\")"));
        s.lifecycle().last().ifPresent(last -> {
            if (last.status() != s.status()) {
                add(
                        file,
                        s,
                        "status",
                        "is \"" + s.status().id() + "\" but the lifecycle ends with " + label(last) + " ("
                                + last.status().id() + ")");
            }
        });
        boolean timeless = s instanceof Place p && p.kind().timeless();
        if (timeless && !s.lifecycle().isEmpty()) {
            add(
                    file,
                    s,
                    "lifecycle",
                    "a " + ((Place) s).kind().id().replace('_', ' ')
                            + " has no history in the atlas: leave out its lifecycle");
        }
        if (!timeless && s.lifecycle().isEmpty() && filter.firstMention(s.id()).isEmpty()) {
            add(
                    file,
                    s,
                    "lifecycle",
                    "no dated stage and no paper names it, so nothing says when it existed: add a dated stage with its source");
        }
        for (String dep : s.dependsOn()) {
            if (atlas.subject(dep).isEmpty()) add(file, s, "depends_on", "unknown place or link \"" + dep + "\"");
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
            String where = s instanceof Link l && l.placeIds().contains(dep) ? "on its course" : "which it depends on";
            add(
                    file,
                    s,
                    "lifecycle",
                    "is " + b.get().own().id() + " in " + y + " by its own dates, but " + dep + " (" + where
                            + ") is "
                            + b.get().dependencyStatus().map(x -> x.id()).orElse("not there yet")
                            + " then: a route operates only when every crossing and place it needs does");
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

    private static String label(LifecycleStage st) {
        return "\"" + st.stage().id() + " " + st.date() + "\"";
    }

    private void add(String file, Subject s, String field, String message) {
        problems.add(new Problem(file, s.id(), field, message));
    }
}
