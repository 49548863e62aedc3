package org.longjiang.atlas.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Subject;

/** Finds places and links by id or by any of their names (English, Chinese, Russian, pinyin). */
public final class SubjectFinder {

    /** A place or link that matched. */
    public record Match(Subject subject) {
        public String id() {
            return subject.id();
        }

        /** The English name, for messages. */
        public String name() {
            return subject.names().en();
        }
    }

    private final Atlas atlas;

    public SubjectFinder(Atlas atlas) {
        this.atlas = atlas;
    }

    /**
     * The subjects a query names: the one whose id it is, else every subject one of whose names
     * folds to the same key. More than one match means the query is ambiguous.
     */
    public List<Match> find(String query) {
        var byId = atlas.subject(query);
        if (byId.isPresent()) return List.of(new Match(byId.get()));
        String key = NameKey.of(query);
        if (key.isEmpty()) return List.of();
        Map<String, Match> out = new LinkedHashMap<>();
        for (Place p : atlas.places()) if (named(p.names(), key)) out.putIfAbsent(p.id(), match(p));
        for (Link l : atlas.links()) if (named(l.names(), key)) out.putIfAbsent(l.id(), match(l));
        return new ArrayList<>(out.values());
    }

    /**
     * Subjects whose names start with (first) or contain the typed text, for completion; places
     * before links, higher priority first.
     */
    public List<Match> suggest(String typed, int limit) {
        String key = NameKey.of(typed);
        if (key.isEmpty()) return List.of();
        List<Match> starts = new ArrayList<>(), contains = new ArrayList<>();
        List<Place> places = new ArrayList<>(atlas.places());
        places.sort(Comparator.comparingInt(Place::priority));
        for (Place p : places) classify(p.names(), key, match(p), starts, contains);
        for (Link l : atlas.links()) classify(l.names(), key, match(l), starts, contains);
        starts.addAll(contains);
        return starts.size() > limit ? starts.subList(0, limit) : starts;
    }

    private static void classify(LocalizedText names, String key, Match m, List<Match> starts, List<Match> contains) {
        boolean start = false, inside = false;
        for (String n : names.values().values()) {
            String k = NameKey.of(n);
            start |= k.startsWith(key);
            inside |= k.contains(key);
        }
        if (start) starts.add(m);
        else if (inside) contains.add(m);
    }

    private static boolean named(LocalizedText names, String key) {
        return names.values().values().stream().anyMatch(n -> NameKey.of(n).equals(key));
    }

    private static Match match(Subject s) {
        return new Match(s);
    }
}
