package org.longjiang.atlas.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.core.export.ContentTables;
import org.longjiang.atlas.core.export.GeoJsonWriter;
import org.longjiang.atlas.core.export.JsonTableWriter;
import org.longjiang.atlas.core.export.Table;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.LinkKind;
import org.longjiang.atlas.core.model.PlaceKind;

/** {@code list places|links|series|events|notes [--kind K] [--format csv|json|geojson]}: the content, for scripts and GIS. */
final class ListCommand {
    private final PrintStream out;

    ListCommand(PrintStream out) {
        this.out = out;
    }

    int run(String... args) {
        if (args.length == 0) throw new UsageException(Messages.get("list.what"));
        String what = args[0];
        Optional<String> kind = Optional.empty();
        String format = "csv";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--kind" -> kind = Optional.of(value(args, ++i));
                case "--format" -> format = value(args, ++i);
                default -> throw new UsageException(Messages.get("cli.unknownOption", args[i]));
            }
        }
        if (!List.of("csv", "json", "geojson").contains(format)) {
            throw new UsageException(Messages.get("cli.badValue", "--format", format, "csv, json or geojson"));
        }
        Atlas a = AtlasLoader.loadBundled().atlas();
        final Optional<String> kindFilter = kind;
        String text = switch (what) {
            case "places" -> {
                String k = checkKind(kind, PlaceKind.values(), PlaceKind::id);
                var items = a.places().stream().filter(p -> k == null || p.kind().id().equals(k)).toList();
                yield format.equals("geojson") ? GeoJsonWriter.places(a, items) : render(ContentTables.places(a, items), format);
            }
            case "links" -> {
                String k = checkKind(kind, LinkKind.values(), LinkKind::id);
                var items = a.links().stream().filter(l -> k == null || l.kind().id().equals(k)).toList();
                yield format.equals("geojson") ? GeoJsonWriter.links(a, items) : render(ContentTables.links(a, items), format);
            }
            case "series" -> render(ContentTables.series(a, a.series().stream()
                    .filter(s -> kindFilter.isEmpty() || s.measure().equals(kindFilter.get())).toList()), noGeo(format));
            case "events" -> {
                String k = checkKind(kind, EventKind.values(), EventKind::id);
                yield render(ContentTables.events(a, a.events().stream()
                        .filter(e -> k == null || e.kind().id().equals(k)).toList()), noGeo(format));
            }
            case "notes" -> render(ContentTables.notes(a, a.notes().stream()
                    .filter(n -> kindFilter.isEmpty() || n.kind().equals(kindFilter.get())).toList()), noGeo(format));
            default -> throw new UsageException(Messages.get("list.unknown", what));
        };
        out.print(text);
        return CommandLine.OK;
    }

    private static String noGeo(String format) {
        if (format.equals("geojson")) throw new UsageException(Messages.get("list.noGeojson"));
        return format;
    }

    private static String render(Table t, String format) {
        return format.equals("json") ? JsonTableWriter.write(t) : t.toCsv();
    }

    private static <E> String checkKind(Optional<String> kind, E[] values, Function<E, String> id) {
        if (kind.isEmpty()) return null;
        String k = kind.get().toLowerCase(Locale.ROOT);
        List<String> allowed = Arrays.stream(values).map(id).toList();
        if (!allowed.contains(k)) throw new UsageException(Messages.get("cli.badValue", "--kind", kind.get(), String.join(", ", allowed)));
        return k;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new UsageException(Messages.get("cli.needsValue", args[i - 1]));
        return args[i];
    }
}
