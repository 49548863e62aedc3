package org.longjiang.atlas.app.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.app.export.Decoration;
import org.longjiang.atlas.app.export.ExportContent;
import org.longjiang.atlas.app.export.ExportFormat;
import org.longjiang.atlas.app.export.ExportPreset;
import org.longjiang.atlas.app.export.ExportRequest;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Kinds;

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
        Optional<Integer> year,
        ExportFormat format,
        boolean presentation) {
    static final List<String> LANGUAGES = List.of("en", "zh", "ru");
    private static final Set<String> KINDS = Set.copyOf(Kinds.ALL);

    public boolean plain() {
        return decorations.isEmpty();
    }

    /**
     * Parses {@code --what W --center LON,LAT --zoom Z --view ID --size WxH --preset P --scale S --plain
     * --decorations A,B --no-A --hide KINDS --lang L --title T --year Y --presentation --format F --out F --overwrite}; the
     * format defaults to the one the file's extension names, else PNG.
     */
    public static ExportOptions parse(String... args) {
        Optional<Double> lat = Optional.empty(), lon = Optional.empty(), zoom = Optional.empty();
        Optional<String> view = Optional.empty(), title = Optional.empty();
        ExportContent what = ExportContent.MAP;
        int w = ExportPreset.SLIDE.width(), h = ExportPreset.SLIDE.height();
        double scale = 1;
        boolean overwrite = false, presentation = false;
        Set<Decoration> decorations = EnumSet.allOf(Decoration.class);
        Set<String> hidden = new LinkedHashSet<>();
        String lang = "en";
        Path out = null;
        Optional<Integer> year = Optional.empty();
        Optional<ExportFormat> format = Optional.empty();
        Args in = new Args(args);
        while (in.hasNext()) {
            String a = in.next();
            switch (a) {
                case "--plain" -> decorations.clear();
                case "--overwrite" -> overwrite = true;
                case "--presentation" -> presentation = true;
                case "--what" -> {
                    String v = in.value(a);
                    what = ExportContent.byId(v).orElseThrow(() -> bad(a, v, "map, map+dossier or window"));
                }
                case "--decorations" -> {
                    decorations.clear();
                    for (String d : in.value(a).split(",")) {
                        if (d.isBlank() || d.equals("none")) continue;
                        decorations.add(Decoration.byId(d.trim()).orElseThrow(() -> bad(a, d, Decoration.allIds())));
                    }
                }
                case "--hide" -> {
                    for (String k : in.value(a).split(",")) {
                        if (!KINDS.contains(k.trim()))
                            throw bad(a, k, Messages.english().get("export.aKind"));
                        hidden.add(k.trim());
                    }
                }
                case "--center" -> {
                    String c = in.value(a);
                    String[] p = c.split(",");
                    if (p.length != 2) throw bad(a, c, "LON,LAT");
                    lon = Optional.of(number(a, p[0], -180, 180));
                    lat = Optional.of(number(a, p[1], -85, 85));
                }
                case "--zoom" -> zoom = Optional.of(in.number(a, Framing.MIN_ZOOM, Framing.MAX_ZOOM));
                case "--view" -> view = Optional.of(in.value(a));
                case "--title" -> title = Optional.of(in.value(a));
                case "--lang" -> lang = in.oneOf(a, LANGUAGES);
                case "--size" -> {
                    String s = in.value(a);
                    String[] p = s.toLowerCase(Locale.ROOT).split("x");
                    if (p.length != 2) throw bad(a, s, "WIDTHxHEIGHT, e.g. 1920x1080");
                    w = (int) number(a, p[0], 64, ExportRequest.MAX_SIDE);
                    h = (int) number(a, p[1], 64, ExportRequest.MAX_SIDE);
                }
                case "--scale" -> scale = Integer.parseInt(in.oneOf(a, List.of("1", "2", "4")));
                case "--preset" -> {
                    String v = in.value(a);
                    ExportPreset p = ExportPreset.byId(v).orElseThrow(() -> bad(a, v, "slide, 4k, a4, a3 or square"));
                    w = p.width();
                    h = p.height();
                }
                case "--out" -> out = in.path(a);
                case "--year" -> year = Optional.of(in.whole(a, 1900, 2100));
                case "--format" -> {
                    String v = in.value(a);
                    format = Optional.of(ExportFormat.byId(v)
                            .orElseThrow(() -> bad(a, v, Messages.english().get("export.badFormat"))));
                }
                default -> decorations.remove(negated(a));
            }
        }
        if (out == null) throw Args.missing("--out");
        if (what == ExportContent.MAP_DOSSIER && view.isEmpty())
            throw new UsageException(Messages.english().get("export.dossierNeedsView"));
        Path file = out;
        ExportFormat f = format.or(() -> ExportFormat.ofFile(file.toString())).orElse(ExportFormat.PNG);
        return new ExportOptions(
                lat,
                lon,
                zoom,
                view,
                what,
                w,
                h,
                scale,
                decorations,
                hidden,
                lang,
                title,
                out,
                overwrite,
                year,
                f,
                presentation);
    }

    /** {@code --no-legend} and the like switch one decoration off; anything else is unknown. */
    private static Decoration negated(String option) {
        if (option.startsWith("--no-")) {
            Optional<Decoration> d = Decoration.byId(option.substring(5));
            if (d.isPresent()) return d.get();
        }
        throw Args.unknown(option);
    }

    private static double number(String option, String text, double min, double max) {
        return Args.number(option, text, min, max);
    }

    private static UsageException bad(String option, String value, String expected) {
        return Args.bad(option, value, expected);
    }
}
