package org.longjiang.atlas.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.PolicyEvent;

/**
 * The overview of the province the atlas is about: the papers' own structure read from the
 * citations. The BRI paper is organised by the "five links" (its sections I–V: policy
 * coordination, infrastructure, trade, finance, people-to-people ties), so every place, route
 * and event cited to one of those sections belongs to that link; and the places and routes a
 * printed table lists (the e-commerce demonstration system of Table 7, the channels of Table 2)
 * are gathered under that table.
 */
public final class ProvinceOverview {
    /** The place whose dossier is the province overview. */
    private static final Pattern PART = Pattern.compile("^([IVX]+)\\.\\s+([^—]+?)\\s*(?:—.*)?$");

    /** A numbered part of a paper and the subjects and events cited to it. */
    public record Part(
            String sourceId, String numeral, String title, List<String> subjectIds, List<PolicyEvent> events) {}

    /** A printed table of a paper and the places and routes it lists. */
    public record TabledSubjects(
            String sourceId, String table, Optional<LocalizedText> title, List<String> subjectIds) {}

    private final Atlas atlas;

    public ProvinceOverview(Atlas atlas) {
        this.atlas = atlas;
    }

    /** The numbered parts ("I. Policy coordination") of every paper that has them, in paper and numeral order. */
    public List<Part> parts() {
        Map<String, Set<String>> subjects = new LinkedHashMap<>();
        Map<String, List<PolicyEvent>> events = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        atlas.places()
                .forEach(p -> p.sources()
                        .forEach(c -> part(c, titles)
                                .ifPresent(k -> subjects.computeIfAbsent(k, x -> new LinkedHashSet<>())
                                        .add(p.id()))));
        atlas.links()
                .forEach(l -> l.sources()
                        .forEach(c -> part(c, titles)
                                .ifPresent(k -> subjects.computeIfAbsent(k, x -> new LinkedHashSet<>())
                                        .add(l.id()))));
        atlas.events()
                .forEach(e -> e.sources()
                        .forEach(c -> part(c, titles).ifPresent(k -> {
                            List<PolicyEvent> list = events.computeIfAbsent(k, x -> new ArrayList<>());
                            if (!list.contains(e)) list.add(e);
                        })));
        List<Part> out = new ArrayList<>();
        titles.forEach((key, title) -> {
            String[] k = key.split("\u0000");
            List<PolicyEvent> ev = new ArrayList<>(events.getOrDefault(key, List.of()));
            ev.sort(Comparator.comparing(PolicyEvent::date));
            out.add(new Part(k[0], k[1], title, List.copyOf(subjects.getOrDefault(key, Set.of())), ev));
        });
        out.sort(Comparator.comparing(Part::sourceId).thenComparingInt(p -> roman(p.numeral())));
        return out;
    }

    /** The places and routes each printed table lists, tables in paper and number order. */
    public List<TabledSubjects> tables() {
        Map<String, Set<String>> byTable = new LinkedHashMap<>();
        atlas.places()
                .forEach(p -> p.sources()
                        .forEach(c -> c.table()
                                .ifPresent(t -> byTable.computeIfAbsent(
                                                c.sourceId() + "\u0000" + t, k -> new LinkedHashSet<>())
                                        .add(p.id()))));
        atlas.links()
                .forEach(l -> l.sources()
                        .forEach(c -> c.table()
                                .ifPresent(t -> byTable.computeIfAbsent(
                                                c.sourceId() + "\u0000" + t, k -> new LinkedHashSet<>())
                                        .add(l.id()))));
        List<TabledSubjects> out = new ArrayList<>();
        byTable.forEach((key, ids) -> {
            String[] k = key.split("\u0000");
            out.add(new TabledSubjects(
                    k[0], k[1], atlas.source(k[0]).flatMap(s -> s.tableTitle(k[1])), List.copyOf(ids)));
        });
        out.sort(Comparator.comparing(TabledSubjects::sourceId).thenComparingInt(t -> number(t.table())));
        return out;
    }

    private static Optional<String> part(Citation c, Map<String, String> titles) {
        if (c.section().isEmpty()) return Optional.empty();
        Matcher m = PART.matcher(c.section().get());
        if (!m.matches()) return Optional.empty();
        String key = c.sourceId() + "\u0000" + m.group(1);
        titles.putIfAbsent(key, m.group(2).trim());
        return Optional.of(key);
    }

    private static int roman(String numeral) {
        int total = 0, previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    private static int number(String table) {
        String digits = table.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
