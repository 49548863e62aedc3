package org.longjiang.atlas.app.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.app.cli.UsageException;

/** What to export: the view (a centre and zoom, or a subject), what is shown, the image size, decorations and file. */
public record ExportOptions(
        Optional<Double> lat,
        Optional<Double> lon,
        Optional<Double> zoom,
        Optional<String> view,
        ExportContent what,
        int width,
        int height,
        double scale,
        Set<Decoration> decorations,
        Set<String> hiddenKinds,
        String language,
        Optional<String> title,
        Path out,
        boolean overwrite,
        Optional<Integer> year) {
    static final int MAX_SIDE = 16_384;
    private static final Set<String> KINDS = Set.copyOf(org.longjiang.atlas.core.model.Kinds.ALL);

    public boolean plain() {
        return decorations.isEmpty();
    }

    /**
     * Parses {@code --what W --center LON,LAT --zoom Z --view ID --size WxH --preset P --scale S --plain
     * --decorations A,B --no-A --hide KINDS --lang L --title T --year Y --out F --overwrite}.
     */
    public static ExportOptions parse(String... args) {
        Optional<Double> lat = Optional.empty(), lon = Optional.empty(), zoom = Optional.empty();
        Optional<String> view = Optional.empty(), title = Optional.empty();
        ExportContent what = ExportContent.MAP;
        int w = ExportPreset.SLIDE.width(), h = ExportPreset.SLIDE.height();
        double scale = 1;
        boolean overwrite = false;
        Set<Decoration> decorations = EnumSet.allOf(Decoration.class);
        Set<String> hidden = new LinkedHashSet<>();
        String lang = "en";
        Path out = null;
        Optional<Integer> year = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--plain" -> decorations.clear();
                case "--overwrite" -> overwrite = true;
                case "--what" -> {
                    String v = value(args, ++i, a);
                    what = ExportContent.byId(v).orElseThrow(() -> bad(a, v, "map, map+dossier or window"));
                }
                case "--decorations" -> {
                    decorations.clear();
                    for (String d : value(args, ++i, a).split(",")) {
                        if (d.isBlank() || d.equals("none")) continue;
                        decorations.add(Decoration.byId(d.trim()).orElseThrow(() -> bad(a, d, Decoration.allIds())));
                    }
                }
                case "--hide" -> {
                    for (String k : value(args, ++i, a).split(",")) {
                        if (!KINDS.contains(k.trim())) throw bad(a, k, Messages.get("export.aKind"));
                        hidden.add(k.trim());
                    }
                }
                case "--center" -> {
                    String[] p = value(args, ++i, a).split(",");
                    if (p.length != 2) throw bad(a, args[i], "LON,LAT");
                    lon = Optional.of(number(a, p[0], -180, 180));
                    lat = Optional.of(number(a, p[1], -85, 85));
                }
                case "--zoom" -> zoom = Optional.of(number(a, value(args, ++i, a), 2, 12));
                case "--view" -> view = Optional.of(value(args, ++i, a));
                case "--title" -> title = Optional.of(value(args, ++i, a));
                case "--lang" -> {
                    lang = value(args, ++i, a);
                    if (!lang.matches("en|zh|ru")) throw bad(a, lang, "en, zh or ru");
                }
                case "--size" -> {
                    String s = value(args, ++i, a);
                    String[] p = s.toLowerCase(java.util.Locale.ROOT).split("x");
                    if (p.length != 2) throw bad(a, s, "WIDTHxHEIGHT, e.g. 1920x1080");
                    w = (int) number(a, p[0], 64, MAX_SIDE);
                    h = (int) number(a, p[1], 64, MAX_SIDE);
                }
                case "--scale" -> {
                    String v = value(args, ++i, a);
                    if (!v.matches("[124]")) throw bad(a, v, "1, 2 or 4");
                    scale = Integer.parseInt(v);
                }
                case "--preset" -> {
                    String v = value(args, ++i, a);
                    ExportPreset p = ExportPreset.byId(v).orElseThrow(() -> bad(a, v, "slide, 4k, a4 or square"));
                    w = p.width();
                    h = p.height();
                }
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--year" -> year = Optional.of((int) number(a, value(args, ++i, a), 1900, 2100));
                default -> decorations.remove(negated(a));
            }
        }
        if (out == null) throw new UsageException(Messages.get("cli.missing", "--out"));
        if (view.isEmpty() && lat.isEmpty()) throw new UsageException(Messages.get("export.needView"));
        if (what == ExportContent.MAP_DOSSIER && view.isEmpty())
            throw new UsageException(Messages.get("export.dossierNeedsView"));
        return new ExportOptions(
                lat, lon, zoom, view, what, w, h, scale, decorations, hidden, lang, title, out, overwrite, year);
    }

    /** {@code --no-legend} and the like switch one decoration off; anything else is unknown. */
    private static Decoration negated(String option) {
        if (option.startsWith("--no-")) {
            Optional<Decoration> d = Decoration.byId(option.substring(5));
            if (d.isPresent()) return d.get();
        }
        throw new UsageException(Messages.get("cli.unknownOption", option));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--"))
            throw new UsageException(Messages.get("cli.needsValue", option));
        return args[i];
    }

    private static double number(String option, String text, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw bad(option, text, Messages.get("cli.aNumber"));
        }
        if (!(v >= min && v <= max)) throw new UsageException(Messages.get("cli.outOfRange", option, text, min, max));
        return v;
    }

    private static UsageException bad(String option, String value, String expected) {
        return new UsageException(Messages.get("cli.badValue", option, value, expected));
    }
}
