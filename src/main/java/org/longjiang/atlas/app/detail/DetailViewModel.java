package org.longjiang.atlas.app.detail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.core.export.CitationFormatter;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Figure;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Place;

/** Turns a selected place or link into what the side panel shows, without touching the toolkit. */
public final class DetailViewModel {

    /** A place or link the panel can jump to. */
    public record Ref(String id, String name) {
    }

    /** Everything the panel shows for one subject. */
    public record Dossier(String id, String title, List<String> otherNames, String kind, String status,
                          Optional<String> opened, String description, List<Ref> related, String relatedHeading,
                          List<String> facts, List<String> sources) {
    }

    private final Atlas atlas;

    public DetailViewModel(Atlas atlas) {
        this.atlas = atlas;
    }

    public Optional<Dossier> dossier(String id, String lang) {
        return atlas.place(id).map(p -> place(p, lang)).or(() -> atlas.link(id).map(l -> link(l, lang)));
    }

    private Dossier place(Place p, String lang) {
        List<Ref> related = p.counterpartId().flatMap(atlas::place).map(c -> List.of(ref(c.id(), c.names(), lang)))
                .orElse(List.of());
        List<String> facts = new ArrayList<>();
        facts.add(Messages.get("detail.coordinates", String.format("%.4f", p.position().lat()),
                String.format("%.4f", p.position().lon()),
                Messages.get("precision." + p.precision().name().toLowerCase(java.util.Locale.ROOT))));
        if (!p.country().isEmpty()) facts.add(Messages.get("detail.country", p.country()));
        return new Dossier(p.id(), p.names().in(lang), otherNames(p.names(), lang), Messages.get("kind." + p.kind().id()),
                Messages.get("status." + p.status().id()), p.opened().map(Object::toString), p.description().in(lang),
                related, Messages.get("detail.counterpart"), facts, sources(p.sources()));
    }

    private Dossier link(Link l, String lang) {
        List<Ref> ends = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String pid : l.placeIds()) {
            if (seen.add(pid)) atlas.place(pid).ifPresent(p -> ends.add(ref(p.id(), p.names(), lang)));
        }
        List<String> facts = new ArrayList<>();
        for (Figure f : l.figures()) facts.add(figure(f));
        facts.add(Messages.get("geometry." + l.geometry().name().toLowerCase(java.util.Locale.ROOT)));
        List<Citation> cites = new ArrayList<>(l.sources());
        l.figures().forEach(f -> f.source().filter(c -> !cites.contains(c)).ifPresent(cites::add));
        return new Dossier(l.id(), l.names().in(lang), otherNames(l.names(), lang), Messages.get("kind." + l.kind().id()),
                Messages.get("status." + l.status().id()), l.opened().map(Object::toString), l.description().in(lang),
                ends, Messages.get("detail.route"), facts, sources(cites));
    }

    private String figure(Figure f) {
        String name = Messages.get("figure." + f.name());
        if (name.startsWith("!")) name = f.name();
        String cite = f.source().flatMap(c -> atlas.source(c.sourceId()).map(s -> CitationFormatter.shortForm(s, c)))
                .map(s -> " — " + s).orElse("");
        return name + ": " + f.value().toPlainString() + (f.unit().isEmpty() ? "" : " " + f.unit())
                + f.period().map(p -> " (" + p + ")").orElse("") + cite;
    }

    private static List<String> otherNames(LocalizedText names, String lang) {
        List<String> out = new ArrayList<>();
        for (String l : List.of("en", "zh", "ru", "pinyin")) {
            String n = names.in(l);
            if (!l.equals(lang) && names.has(l) && !n.equals(names.in(lang)) && !out.contains(n)) out.add(n);
        }
        return out;
    }

    private static Ref ref(String id, LocalizedText names, String lang) {
        return new Ref(id, names.in(lang));
    }

    private List<String> sources(List<Citation> citations) {
        List<String> out = new ArrayList<>();
        for (Citation c : citations) {
            String line = atlas.source(c.sourceId())
                    .map(s -> CitationFormatter.apa(s) + (c.locator().isEmpty() ? "" : " — " + c.locator()))
                    .orElse(Messages.get("detail.unknownSource", c.sourceId()));
            if (!out.contains(line)) out.add(line);
        }
        return out;
    }
}
