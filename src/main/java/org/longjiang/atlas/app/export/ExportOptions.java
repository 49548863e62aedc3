package org.longjiang.atlas.app.export;

import java.nio.file.Path;
import java.util.Optional;
import org.longjiang.atlas.app.Messages;
import org.longjiang.atlas.app.cli.UsageException;

/** What to export: the view (a centre and zoom, or a subject), the image size, decorations and file. */
public record ExportOptions(Optional<Double> lat, Optional<Double> lon, Optional<Double> zoom, Optional<String> view,
                            int width, int height, double scale, boolean plain, String language, Optional<String> title,
                            Path out, boolean overwrite) {
    static final int MAX_SIDE = 16_384;

    /** Parses {@code --center LON,LAT --zoom Z --view ID --size WxH --scale S --plain --lang L --title T --out F --overwrite}. */
    public static ExportOptions parse(String... args) {
        Optional<Double> lat = Optional.empty(), lon = Optional.empty(), zoom = Optional.empty();
        Optional<String> view = Optional.empty(), title = Optional.empty();
        int w = 1920, h = 1080;
        double scale = 1;
        boolean plain = false, overwrite = false;
        String lang = "en";
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--plain" -> plain = true;
                case "--overwrite" -> overwrite = true;
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
                    int[] size = switch (v) {
                        case "slide" -> new int[] {1920, 1080};
                        case "4k" -> new int[] {3840, 2160};
                        case "a4" -> new int[] {3508, 2480}; // A4 landscape at 300 dpi
                        case "square" -> new int[] {1080, 1080};
                        default -> throw bad(a, v, "slide, 4k, a4 or square");
                    };
                    w = size[0];
                    h = size[1];
                }
                case "--out" -> out = Path.of(value(args, ++i, a));
                default -> throw new UsageException(Messages.get("cli.unknownOption", a));
            }
        }
        if (out == null) throw new UsageException(Messages.get("cli.missing", "--out"));
        if (view.isEmpty() && lat.isEmpty()) throw new UsageException(Messages.get("export.needView"));
        return new ExportOptions(lat, lon, zoom, view, w, h, scale, plain, lang, title, out, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new UsageException(Messages.get("cli.needsValue", option));
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
