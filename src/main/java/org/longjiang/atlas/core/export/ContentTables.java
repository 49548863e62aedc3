package org.longjiang.atlas.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.DataNote;
import org.longjiang.atlas.core.model.DateQualifier;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.model.Subject;
import org.longjiang.atlas.core.query.Change;

/** The atlas content as flat tables (one row per place, link, observation, event or note). */
public final class ContentTables {
    private ContentTables() {}

    public static Table places(Atlas atlas, List<Place> places) {
        List<List<String>> rows = new ArrayList<>();
        for (Place p : places) {
            rows.add(List.of(
                    p.id(),
                    p.names().in("en"),
                    p.names().in("zh"),
                    p.names().in("ru"),
                    p.names().has("pinyin") ? p.names().in("pinyin") : "",
                    p.kind().id(),
                    p.country(),
                    Double.toString(p.position().lat()),
                    Double.toString(p.position().lon()),
                    p.precision().name().toLowerCase(Locale.ROOT),
                    opt(p.opened()),
                    p.status().id(),
                    p.counterpartId().orElse(""),
                    Integer.toString(p.priority()),
                    cites(p.sources()),
                    lifecycle(p)));
        }
        return new Table(
                List.of(
                        "id",
                        "name_en",
                        "name_zh",
                        "name_ru",
                        "pinyin",
                        "kind",
                        "country",
                        "lat",
                        "lon",
                        "precision",
                        "opened",
                        "status",
                        "counterpart",
                        "priority",
                        "sources",
                        "lifecycle"),
                rows);
    }

    public static Table links(Atlas atlas, List<Link> links) {
        List<List<String>> rows = new ArrayList<>();
        for (Link l : links) {
            String figures = l.figures().stream()
                    .map(f -> f.name() + "=" + f.value().toPlainString()
                            + (f.unit().isEmpty() ? "" : " " + f.unit())
                            + f.period().map(p -> " (" + p + ")").orElse(""))
                    .collect(Collectors.joining("; "));
            rows.add(List.of(
                    l.id(),
                    l.names().in("en"),
                    l.names().in("zh"),
                    l.names().in("ru"),
                    l.kind().id(),
                    String.join(" > ", l.placeIds()),
                    l.geometry().name().toLowerCase(Locale.ROOT),
                    opt(l.opened()),
                    l.status().id(),
                    figures,
                    cites(l.sources()),
                    lifecycle(l),
                    String.join(" ", l.dependsOn())));
        }
        return new Table(
                List.of(
                        "id",
                        "name_en",
                        "name_zh",
                        "name_ru",
                        "kind",
                        "places",
                        "geometry",
                        "opened",
                        "status",
                        "figures",
                        "sources",
                        "lifecycle",
                        "depends_on"),
                rows);
    }

    /** "proposed 2014-12; construction by 2019; opened 2022-11-16": the dated stages, oldest first. */
    private static String lifecycle(Subject s) {
        return s.lifecycle().stages().stream()
                .map(st -> st.stage().id() + " "
                        + (st.qualifier() == DateQualifier.AS_GIVEN
                                ? ""
                                : st.qualifier().id() + " ") + st.date())
                .collect(Collectors.joining("; "));
    }

    /** One row per change between two years: what changed, how, when and on what evidence. */
    public static Table changes(Atlas atlas, List<Change> changes, int from, int to) {
        List<List<String>> rows = new ArrayList<>();
        for (Change c : changes) {
            rows.add(List.of(
                    c.subject().id(),
                    c.subject() instanceof Place ? "place" : "link",
                    c.subject().kindId(),
                    c.subject().names().in("en"),
                    c.subject().names().in("zh"),
                    c.subject().names().in("ru"),
                    c.kind().id(),
                    c.from().map(Status::id).orElse(""),
                    c.to().map(Status::id).orElse(""),
                    c.date()
                            .map(d -> c.qualifier() == DateQualifier.AS_GIVEN
                                    ? d.toString()
                                    : c.qualifier().id() + " " + d)
                            .orElse(""),
                    c.cause().equals(c.subject().id()) ? "" : c.cause(),
                    c.sources().stream()
                            .map(x -> atlas.source(x.sourceId())
                                    .map(s -> CitationFormatter.shortForm(s, x, Messages.english(), atlas.glossary()))
                                    .orElse(x.sourceId()))
                            .collect(Collectors.joining("; "))));
        }
        return new Table(
                List.of(
                        "id",
                        "type",
                        "kind",
                        "name_en",
                        "name_zh",
                        "name_ru",
                        "change",
                        "status_" + from,
                        "status_" + to,
                        "date",
                        "because_of",
                        "sources"),
                rows);
    }

    /** One row per printed value, exactly as printed. */
    public static Table series(Atlas atlas, List<Series> series) {
        List<List<String>> rows = new ArrayList<>();
        for (Series s : series) {
            for (Observation o : s.observations()) {
                rows.add(List.of(
                        s.id(),
                        s.title().in("en"),
                        s.tableGroup().orElse(""),
                        s.measure(),
                        o.period(),
                        o.value().toPlainString(),
                        s.unit(),
                        s.currency().orElse(""),
                        String.join(" ", s.subjects()),
                        cite(s.source()),
                        o.flag().orElse("")));
            }
        }
        return new Table(
                List.of(
                        "series",
                        "title",
                        "table_group",
                        "measure",
                        "period",
                        "value",
                        "unit",
                        "currency",
                        "subjects",
                        "source",
                        "flag"),
                rows);
    }

    public static Table events(Atlas atlas, List<PolicyEvent> events) {
        List<List<String>> rows = new ArrayList<>();
        for (PolicyEvent e : events) {
            rows.add(List.of(
                    e.id(),
                    e.date().toString(),
                    e.kind().id(),
                    e.title().in("en"),
                    String.join(" ", e.subjects()),
                    cites(e.sources())));
        }
        return new Table(List.of("id", "date", "kind", "title", "subjects", "sources"), rows);
    }

    public static Table notes(Atlas atlas, List<DataNote> notes) {
        List<List<String>> rows = new ArrayList<>();
        for (DataNote n : notes) {
            rows.add(List.of(
                    n.id(),
                    n.kind(),
                    String.join(" ", n.seriesIds()),
                    String.join(" ", n.eventIds()),
                    n.period().orElse(""),
                    n.printed().en(),
                    n.expected().en(),
                    n.message().in("en"),
                    cites(n.sources())));
        }
        return new Table(
                List.of("id", "kind", "series", "events", "period", "printed", "expected", "message", "sources"), rows);
    }

    static String cites(List<Citation> cs) {
        return cs.stream().map(ContentTables::cite).collect(Collectors.joining("; "));
    }

    static String cite(Citation c) {
        String loc = c.locator();
        return loc.isEmpty() ? c.sourceId() : c.sourceId() + " " + loc;
    }

    private static String opt(Optional<?> o) {
        return o.map(Object::toString).orElse("");
    }
}
