package org.longjiang.atlas.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Kinds;
import org.longjiang.atlas.core.model.Tour;

/** Checks a tour against the atlas: its selections must be places or links, its layers known kinds. */
final class TourCheck {
    private static final Set<String> KINDS = Set.copyOf(Kinds.ALL);

    private TourCheck() {}

    /** The tour's problems, reported as in {@code file}; empty when the tour can be played. */
    static List<Problem> problems(String file, Atlas atlas, Tour t) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < t.stops().size(); i++) {
            var s = t.stops().get(i);
            String at = "stops[" + i + "].";
            s.selection()
                    .filter(id -> atlas.place(id).isEmpty() && atlas.link(id).isEmpty())
                    .ifPresent(id -> out.add(
                            Problem.of(file, t.id(), at + "select", "problem.unknownSubject", Values.quote(id))));
            s.layers().stream()
                    .filter(k -> !KINDS.contains(k))
                    .forEach(k ->
                            out.add(Problem.of(file, t.id(), at + "layers", "problem.unknownKind", Values.quote(k))));
        }
        return out;
    }
}
