package org.longjiang.atlas.core.dossier;

import java.util.ArrayList;
import java.util.List;
import org.longjiang.atlas.core.i18n.Messages;
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
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, d.title()));
        Dossier.Header h = d.header();
        if (!h.otherNames().isEmpty()) out.add(new Text(String.join(" · ", h.otherNames()), false));
        out.add(new Text(
                h.kind() + " · " + h.status()
                        + h.opened()
                                .map(o -> " · " + Messages.get("detail.opened", o))
                                .orElse(""),
                true));
        if (!h.related().subjects().isEmpty()) {
            out.add(new Text(
                    h.related().heading() + " "
                            + String.join(
                                    ", ",
                                    h.related().subjects().stream()
                                            .map(Dossier.Ref::name)
                                            .toList()),
                    false));
        }
        if (!h.description().isBlank()) out.add(new Text(h.description(), false));
        if (!h.facts().isEmpty()) {
            out.add(new Heading(2, Messages.get("detail.facts")));
            out.add(new Bullets(h.facts()));
        }
        if (!d.overview().parts().isEmpty()) {
            out.add(new Heading(2, Messages.get("overview.parts")));
            out.add(new Bullets(d.overview().parts().stream()
                    .map(p -> p.numeral() + ". " + p.title() + ": "
                            + Messages.get(
                                    "overview.counts",
                                    p.events().size(),
                                    p.subjectIds().size(),
                                    p.sourceId()) + " — "
                            + String.join(
                                    ", ",
                                    p.subjectIds().stream()
                                            .map(id -> model.nameOf(id, lang))
                                            .toList()))
                    .toList()));
        }
        if (!d.overview().tabled().isEmpty()) {
            out.add(new Heading(2, Messages.get("overview.tables")));
            out.add(new Bullets(d.overview().tabled().stream()
                    .map(t ->
                            t.table() + t.title().map(x -> " — " + x.in(lang)).orElse("") + " (" + t.sourceId() + "): "
                                    + String.join(
                                            ", ",
                                            t.subjectIds().stream()
                                                    .map(id -> model.nameOf(id, lang))
                                                    .toList()))
                    .toList()));
        }
        if (!d.tables().isEmpty())
            out.add(new Heading(
                    2, Messages.get("detail.statistics.count", d.tables().size())));
        for (StatTable t : d.tables()) statistics(model, t, lang, out);
        if (!d.notes().isEmpty()) {
            out.add(new Heading(2, Messages.get("detail.notes.count", d.notes().size())));
            out.add(new Bullets(d.notes().stream()
                    .map(n -> "\u26a0 " + n.message().in(lang) + " ("
                            + Messages.get("note.printedExpected", n.printed(), n.expected()) + ")")
                    .toList()));
        }
        if (!d.timeline().isEmpty()) {
            out.add(new Heading(
                    2,
                    Messages.get(
                            "detail.timeline.count",
                            d.timeline().values().stream().mapToInt(List::size).sum())));
            d.timeline().forEach((kind, events) -> {
                out.add(new Heading(3, Messages.get("event." + kind.id())));
                out.add(new Bullets(
                        events.stream().map(e -> event(model, e, lang)).toList()));
            });
        }
        out.add(new Heading(
                2, Messages.get("detail.sources.count", d.references().size())));
        out.add(new Bullets(d.references().stream()
                .map(r -> r.apa()
                        + (r.locators().isEmpty()
                                ? ""
                                : " " + Messages.get("source.citedFor", String.join(", ", r.locators())))
                        + "\n" + Messages.get("factsheet.gbt", r.gbt7714()))
                .toList()));
        out.add(new Text(Messages.get("factsheet.footer"), true));
        return out;
    }

    private static void statistics(DossierBuilder model, StatTable t, String lang, List<Block> out) {
        out.add(new Heading(3, model.tableTitle(t, lang)));
        out.add(new Text(Messages.get("factsheet.source", model.shortSource(t.source())), true));
        for (ChartSpec c : t.charts())
            out.add(new Chart(
                    c,
                    Messages.get(
                            "card.unit",
                            Messages.get(
                                    "convert.unit.AS_PRINTED", c.series().get(0).unit()))));
        ValueGrid grid = ValueGrid.of(t, lang, id -> model.nameOf(id, lang));
        if (!grid.columns().isEmpty()) {
            List<String> header = new ArrayList<>();
            header.add(Messages.get("table." + grid.rowHeading()));
            grid.columns().forEach(c -> header.add(c.title() + " (" + c.unit() + ")"));
            List<List<String>> rows = new ArrayList<>();
            for (String row : grid.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(row);
                grid.columns()
                        .forEach(c -> cells.add(grid.cell(row, c)
                                .map(v -> value(model, v.series(), v.observation()))
                                .orElse("")));
                rows.add(cells);
            }
            out.add(new Table(header, rows));
        }
        if (!t.figures().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Series s : t.figures()) {
                for (Observation o : s.observations()) {
                    items.add(
                            Messages.get("card.figure", s.title().in(lang), value(model, s, o), s.unit(), o.period()));
                }
            }
            out.add(new Bullets(items));
        }
    }

    private static String value(DossierBuilder model, Series s, Observation o) {
        return DossierBuilder.printed(o) + (model.notes().about(s, o.period()).isEmpty() ? "" : " \u26a0");
    }

    private static String event(DossierBuilder model, PolicyEvent e, String lang) {
        String disputed = model.notes().aboutEvent(e.id()).isEmpty() ? "" : " \u26a0";
        String cites =
                String.join("; ", e.sources().stream().map(model::shortSource).toList());
        return e.date() + " — " + e.title().in(lang) + disputed + (cites.isEmpty() ? "" : " (" + cites + ")");
    }
}
