package org.longjiang.atlas.core.io;

import java.util.ArrayList;
import java.util.List;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Tour;

/**
 * Checks the references between records. A link whose course names an unknown place is dropped
 * (it cannot be drawn); other dangling references are reported and the record is kept.
 */
final class AtlasValidator {
    private final Atlas draft;
    private final List<Problem> problems;

    AtlasValidator(Atlas draft, List<Problem> problems) {
        this.draft = draft;
        this.problems = new ArrayList<>(problems);
    }

    LoadResult validate() {
        for (Place p : draft.places()) {
            p.counterpartId().ifPresent(c -> {
                if (draft.place(c).isEmpty()) {
                    problem(AtlasLoader.PLACES, p.id(), "counterpart", "problem.unknownPlace", Values.quote(c));
                }
            });
            checkCitations(AtlasLoader.PLACES, p.id(), p.sources());
        }
        List<Link> links = new ArrayList<>();
        for (Link l : draft.links()) {
            List<String> missing = l.placeIds().stream()
                    .filter(id -> draft.place(id).isEmpty())
                    .toList();
            if (missing.isEmpty()) {
                links.add(l);
            } else {
                problem(AtlasLoader.LINKS, l.id(), "path", "problem.linkPlaces", missing.size(), missing.toString());
            }
            checkCitations(AtlasLoader.LINKS, l.id(), l.sources());
            l.figures().forEach(f -> f.source().ifPresent(c -> checkCitation(AtlasLoader.LINKS, l.id(), c)));
        }
        Atlas partial = new Atlas(
                List.copyOf(draft.sources()), List.copyOf(draft.places()), links, List.of(), List.of(), List.of());
        draft.series().forEach(s -> {
            checkSubjects(partial, AtlasLoader.SERIES, s.id(), s.subjects());
            checkCitation(AtlasLoader.SERIES, s.id(), s.source());
        });
        draft.events().forEach(e -> {
            checkSubjects(partial, AtlasLoader.EVENTS, e.id(), e.subjects());
            checkCitations(AtlasLoader.EVENTS, e.id(), e.sources());
        });
        draft.notes().forEach(n -> {
            n.seriesIds().stream()
                    .filter(id -> draft.seriesById(id).isEmpty())
                    .forEach(id ->
                            problem(AtlasLoader.NOTES, n.id(), "series", "problem.unknownSeries", Values.quote(id)));
            n.eventIds().stream()
                    .filter(id -> draft.events().stream().noneMatch(e -> e.id().equals(id)))
                    .forEach(id ->
                            problem(AtlasLoader.NOTES, n.id(), "events", "problem.unknownEvent", Values.quote(id)));
            checkCitations(AtlasLoader.NOTES, n.id(), n.sources());
        });
        draft.rates().forEach(r -> checkCitation(AtlasLoader.RATES, r.id(), r.source()));
        List<Tour> tours = new ArrayList<>();
        for (Tour t : draft.tours()) {
            List<Problem> bad = TourCheck.problems(AtlasLoader.TOURS, partial, t);
            problems.addAll(bad);
            if (bad.isEmpty()) tours.add(t);
        }
        Atlas atlas = new Atlas(
                List.copyOf(draft.sources()),
                List.copyOf(draft.places()),
                links,
                List.copyOf(draft.series()),
                List.copyOf(draft.events()),
                List.copyOf(draft.notes()),
                draft.rates(),
                tours,
                draft.glossary());
        return new LoadResult(atlas, problems);
    }

    private void checkSubjects(Atlas atlas, String file, String id, List<String> subjects) {
        for (String s : subjects) {
            if (atlas.place(s).isEmpty() && atlas.link(s).isEmpty()) {
                problem(file, id, "subjects", "problem.unknownSubject", Values.quote(s));
            }
        }
    }

    private void checkCitations(String file, String id, List<Citation> citations) {
        citations.forEach(c -> checkCitation(file, id, c));
    }

    private void checkCitation(String file, String id, Citation c) {
        if (draft.source(c.sourceId()).isEmpty()) {
            problem(file, id, "sources", "problem.unknownSource", Values.quote(c.sourceId()));
        }
    }

    private void problem(String file, String id, String field, String key, Object... args) {
        problems.add(Problem.of(file, id, field, key, args));
    }
}
