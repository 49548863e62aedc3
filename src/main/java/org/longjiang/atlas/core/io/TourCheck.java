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

    /** "field message" pairs, empty when the tour can be played. */
    static List<String> problems(Atlas atlas, Tour t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.stops().size(); i++) {
            var s = t.stops().get(i);
            String at = "stops[" + i + "].";
            s.selection()
                    .filter(id -> atlas.place(id).isEmpty() && atlas.link(id).isEmpty())
                    .ifPresent(id -> out.add(at + "select unknown place or link \"" + id + "\""));
            s.layers().stream()
                    .filter(k -> !KINDS.contains(k))
                    .forEach(k -> out.add(at + "layers unknown kind \"" + k + "\""));
        }
        return out;
    }
}
