package org.longjiang.atlas.core.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.ChartSpec;
import org.longjiang.atlas.core.query.StatTable;
import org.longjiang.atlas.core.query.ValueGrid;

/**
 * A dossier as a fact sheet for handouts: the same names, facts, tables, notes, timeline and
 * references as the panel, as a list of blocks that the Markdown and HTML writers render.
 */
public final class FactSheet {
    /** A piece of the sheet. */
    public sealed interface Block permits Heading, Text, Bullets, Table, Chart {}

    /** A heading, level 1 (the subject) to 3 (a table). */
    public record Heading(int level, String text) implements Block {}

    /** A paragraph; {@code quiet} for source lines and captions. */
    public record Text(String text, boolean quiet) implements Block {}

    /** A bulleted list. */
    public record Bullets(List<String> items) implements Block {}

    /** A table of printed values; a flagged value carries a warning sign. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {}

    /** A chart, drawn by the HTML writer as an embedded image. */
    public record Chart(ChartSpec spec, String caption) implements Block {}

    private FactSheet() {}

    public static List<Block> of(DossierBuilder model, Dossier d, String lang) {
        Messages m = Messages.of(lang);
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, d.title()));
        Dossier.Header h = d.header();
        if (!h.otherNames().isEmpty()) out.add(new Text(DossierBuilder.names(m, h.otherNames()), false));
        String meta = m.get("detail.kindStatus", h.kind(), h.status());
        if (h.opened().isPresent())
            meta = m.get(
                    "detail.kindStatusOpened",
                    meta,
                    m.get("detail.opened", h.opened().get()));
        out.add(new Text(meta, true));
        if (!h.related().subjects().isEmpty()) {
            out.add(new Text(
                    m.get(
                            "detail.related",
                            h.related().heading(),
                            join(
                                    m,
                                    h.related().subjects().stream()
                                            .map(Dossier.Ref::name)
                                            .toList())),
                    false));
        }
        if (!h.description().isBlank()) out.add(new Text(h.description(), false));
        if (!h.facts().isEmpty()) {
            out.add(new Heading(2, m.get("detail.facts")));
            out.add(new Bullets(h.facts()));
        }
        if (!d.overview().parts().isEmpty()) {
            out.add(new Heading(2, m.get("overview.parts")));
            out.add(new Bullets(d.overview().parts().stream()
                    .map(p -> m.get(
                            "factsheet.part",
                            model.partTitle(p, lang),
                            m.get(
                                    "overview.counts",
                                    p.events().size(),
                                    p.subjectIds().size(),
                                    model.shortSource(
                                            new Citation(
                                                    p.sourceId(),
                                                    Optional.empty(),
                                                    Optional.of(p.numeral()),
                                                    Optional.empty()),
                                            lang)),
                            join(
                                    m,
                                    p.subjectIds().stream()
                                            .map(id -> model.nameOf(id, lang))
                                            .toList())))
                    .toList()));
        }
        if (!d.overview().tabled().isEmpty()) {
            out.add(new Heading(2, m.get("overview.tables")));
            out.add(new Bullets(d.overview().tabled().stream()
                    .map(t -> m.get(
                            "factsheet.tabled",
                            model.tabledTitle(t, lang),
                            join(
                                    m,
                                    t.subjectIds().stream()
                                            .map(id -> model.nameOf(id, lang))
                                            .toList())))
                    .toList()));
        }
        if (!d.tables().isEmpty())
            out.add(new Heading(2, m.get("detail.statistics.count", d.tables().size())));
        for (StatTable t : d.tables()) statistics(model, t, m, out);
        if (!d.notes().isEmpty()) {
            out.add(new Heading(2, m.get("detail.notes.count", d.notes().size())));
            out.add(new Bullets(d.notes().stream()
                    .map(n -> m.get(
                            "factsheet.note",
                            m.get("note.flag", m.text(n.message())),
                            m.get("note.printedExpected", m.text(n.printed()), m.text(n.expected()))))
                    .toList()));
        }
        if (!d.timeline().isEmpty()) {
            out.add(new Heading(
                    2,
                    m.get(
                            "detail.timeline.count",
                            d.timeline().values().stream().mapToInt(List::size).sum())));
            d.timeline().forEach((kind, events) -> {
                out.add(new Heading(3, m.get("event." + kind.id())));
                out.add(new Bullets(events.stream().map(e -> event(model, e, m)).toList()));
            });
        }
        out.add(new Heading(2, m.get("detail.sources.count", d.references().size())));
        out.add(new Bullets(d.references().stream()
                .map(r -> (r.locators().isEmpty()
                                ? r.apa()
                                : m.get(
                                        "factsheet.reference",
                                        r.apa(),
                                        m.get("source.citedFor", join(m, r.locators()))))
                        + "\n" + m.get("factsheet.gbt", r.gbt7714()))
                .toList()));
        out.add(new Text(m.get("factsheet.footer"), true));
        return out;
    }

    private static void statistics(DossierBuilder model, StatTable t, Messages m, List<Block> out) {
        String lang = m.language();
        out.add(new Heading(3, model.tableTitle(t, lang)));
        out.add(new Text(m.get("factsheet.source", model.shortSource(t.source(), lang)), true));
        for (ChartSpec c : t.charts())
            out.add(new Chart(
                    c,
                    m.get(
                            "card.unit",
                            m.get(
                                    "convert.unit.AS_PRINTED",
                                    model.unit(c.series().get(0), lang)))));
        ValueGrid grid = ValueGrid.of(t, lang, id -> model.nameOf(id, lang));
        if (!grid.columns().isEmpty()) {
            List<String> header = new ArrayList<>();
            header.add(m.get("table." + grid.rowHeading()));
            grid.columns()
                    .forEach(c -> header.add(m.get(
                            "table.column", c.title(), model.unit(c.series().get(0), lang))));
            List<List<String>> rows = new ArrayList<>();
            for (String row : grid.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(grid.rowHeading().equals("period") ? m.period(row) : row);
                grid.columns()
                        .forEach(c -> cells.add(grid.cell(row, c)
                                .map(v -> value(model, v.series(), v.observation(), m))
                                .orElse("")));
                rows.add(cells);
            }
            out.add(new Table(header, rows));
        }
        if (!t.figures().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Series s : t.figures()) {
                for (Observation o : s.observations()) {
                    items.add(m.get(
                            "card.figure",
                            m.text(s.title()),
                            value(model, s, o, m),
                            model.unit(s, lang),
                            m.period(o.period())));
                }
            }
            out.add(new Bullets(items));
        }
    }

    private static String value(DossierBuilder model, Series s, Observation o, Messages m) {
        String printed = DossierBuilder.printed(o, m);
        return model.notes().about(s, o.period()).isEmpty() ? printed : m.get("value.flagged", printed);
    }

    private static String event(DossierBuilder model, PolicyEvent e, Messages m) {
        String title = m.text(e.title());
        if (!model.notes().aboutEvent(e.id()).isEmpty()) title = m.get("value.flagged", title);
        String line = m.get("factsheet.event", m.date(e.date()), title);
        List<String> cites = e.sources().stream()
                .map(c -> model.shortSource(c, m.language()))
                .toList();
        return cites.stream()
                .reduce((a, b) -> m.get("sources.join", a, b))
                .map(c -> m.get("factsheet.eventSources", line, c))
                .orElse(line);
    }

    private static String join(Messages m, List<String> items) {
        return items.stream().reduce((a, b) -> m.get("list.and", a, b)).orElse("");
    }
}
