package org.longjiang.atlas.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.longjiang.atlas.core.export.ContentTables;
import org.longjiang.atlas.core.export.GeoJsonWriter;
import org.longjiang.atlas.core.export.JsonTableWriter;
import org.longjiang.atlas.core.export.Table;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.LinkKind;
import org.longjiang.atlas.core.model.PlaceKind;
import org.longjiang.atlas.core.query.YearComparison;
import org.longjiang.atlas.core.query.YearFilter;

/**
 * {@code list places|links|series|events|notes|tours [--kind K] [--year Y] [--format csv|json|geojson]}: the
 * content, for scripts and GIS; with {@code --year} only what existed then, with its status in that year.
 * {@code list changes --from Y1 --to Y2}: what is new, changed status or stopped between two years, with dates and
 * sources.
 */
final class ListCommand {
    private final PrintStream out;
    private final PrintStream err;

    ListCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String... args) {
        if (args.length == 0) throw new UsageException(Messages.english().get("list.what"));
        String what = args[0];
        Optional<String> kind = Optional.empty();
        Optional<Integer> year = Optional.empty();
        Optional<Integer> from = Optional.empty(), to = Optional.empty();
        String format = "csv";
        Args options = new Args(args);
        options.next();
        while (options.hasNext()) {
            String option = options.next();
            switch (option) {
                case "--kind" -> kind = Optional.of(options.value(option));
                case "--format" -> format = options.oneOf(option, List.of("csv", "json", "geojson"));
                case "--year" -> year = Optional.of(options.whole(option, 1800, 2100));
                case "--from" -> from = Optional.of(options.whole(option, 1800, 2100));
                case "--to" -> to = Optional.of(options.whole(option, 1800, 2100));
                default -> throw Args.unknown(option);
            }
        }
        LoadResult loaded = AtlasLoader.loadBundled();
        if (!loaded.problems().isEmpty())
            err.println(Messages.english()
                    .get("cli.dataProblemsListed", loaded.problems().size()));
        Atlas a = loaded.atlas();
        final Optional<String> kindFilter = kind;
        if (year.isPresent() && !List.of("places", "links").contains(what))
            throw new UsageException(Messages.english().get("list.yearOnlyMap"));
        if ((from.isPresent() || to.isPresent()) != what.equals("changes"))
            throw new UsageException(Messages.english().get("list.changesNeedYears"));
        YearFilter filter = new YearFilter(a);
        final Optional<Integer> in = year;
        String text = switch (what) {
            case "places" -> {
                String k = checkKind(kind, PlaceKind.values(), PlaceKind::id);
                var items = a.places().stream()
                        .filter(p -> k == null || p.kind().id().equals(k))
                        .filter(p -> in.isEmpty()
                                || filter.statusIn(p.id(), in.get()).isPresent())
                        .toList();
                yield format.equals("geojson")
                        ? GeoJsonWriter.places(a, items)
                        : render(
                                asOf(
                                        ContentTables.places(a, items),
                                        items.stream().map(p -> p.id()).toList(),
                                        in,
                                        filter),
                                format);
            }
            case "links" -> {
                String k = checkKind(kind, LinkKind.values(), LinkKind::id);
                var items = a.links().stream()
                        .filter(l -> k == null || l.kind().id().equals(k))
                        .filter(l -> in.isEmpty()
                                || filter.statusIn(l.id(), in.get()).isPresent())
                        .toList();
                yield format.equals("geojson")
                        ? GeoJsonWriter.links(a, items)
                        : render(
                                asOf(
                                        ContentTables.links(a, items),
                                        items.stream().map(l -> l.id()).toList(),
                                        in,
                                        filter),
                                format);
            }
            case "series" ->
                render(
                        ContentTables.series(
                                a,
                                a.series().stream()
                                        .filter(s -> kindFilter.isEmpty()
                                                || s.measure().equals(kindFilter.get()))
                                        .toList()),
                        noGeo(format));
            case "events" -> {
                String k = checkKind(kind, EventKind.values(), EventKind::id);
                yield render(
                        ContentTables.events(
                                a,
                                a.events().stream()
                                        .filter(e -> k == null || e.kind().id().equals(k))
                                        .toList()),
                        noGeo(format));
            }
            case "changes" -> {
                int a0 = from.orElseThrow(() -> Args.missing("--from")),
                        b0 = to.orElseThrow(() -> Args.missing("--to"));
                if (a0 >= b0) throw new UsageException(Messages.english().get("list.fromBeforeTo", a0, b0));
                yield render(
                        ContentTables.changes(a, new YearComparison(a, filter).changes(a0, b0), a0, b0), noGeo(format));
            }
            case "tours" ->
                render(
                        new Table(
                                List.of("id", "title_en", "title_zh", "title_ru", "stops"),
                                a.tours().stream()
                                        .map(t -> List.of(
                                                t.id(),
                                                t.title().en(),
                                                t.title().in("zh"),
                                                t.title().in("ru"),
                                                String.valueOf(t.stops().size())))
                                        .toList()),
                        noGeo(format));
            case "notes" ->
                render(
                        ContentTables.notes(
                                a,
                                a.notes().stream()
                                        .filter(n ->
                                                kindFilter.isEmpty() || n.kind().equals(kindFilter.get()))
                                        .toList()),
                        noGeo(format));
            default -> throw new UsageException(Messages.english().get("list.unknown", what));
        };
        out.print(text);
        return CommandLine.OK;
    }

    /** With a year, the table gains the status each record had then ("planned" before an opening). */
    private static Table asOf(Table t, List<String> ids, Optional<Integer> year, YearFilter filter) {
        if (year.isEmpty()) return t;
        return t.withColumn(
                "status_in_" + year.get(),
                i -> filter.statusIn(ids.get(i), year.get()).map(st -> st.id()).orElse(""));
    }

    private static String noGeo(String format) {
        if (format.equals("geojson"))
            throw new UsageException(Messages.english().get("list.noGeojson"));
        return format;
    }

    private static String render(Table t, String format) {
        return format.equals("json") ? JsonTableWriter.write(t) : t.toCsv();
    }

    private static <E> String checkKind(Optional<String> kind, E[] values, Function<E, String> id) {
        if (kind.isEmpty()) return null;
        String k = kind.get().toLowerCase(Locale.ROOT);
        List<String> allowed = Arrays.stream(values).map(id).toList();
        if (!allowed.contains(k))
            throw new UsageException(
                    Messages.english().get("cli.badValue", "--kind", kind.get(), String.join(", ", allowed)));
        return k;
    }
}
