package org.longjiang.atlas.app.export;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.longjiang.atlas.app.ui.Fonts;
import org.longjiang.atlas.app.ui.render.Drawing;

/**
 * Writes a figure as SVG (JFreeSVG): text stays text, each layer is a group with an id (and an
 * Inkscape layer: basemap, links, places, labels, legend…), the provenance is in the title,
 * description and Dublin Core metadata. The bundled font's glyphs for the figure's text are embedded
 * as a subset, so browsers show the figure as drawn; other programs use the fonts named after it,
 * and every text carries the width it has in the bundled font ({@code textLength}), so a program
 * that draws it in another font (rsvg, Inkscape without the font) keeps each label the size it was
 * laid out for instead of running it into the symbols beside it.
 */
final class SvgFigure {
    /** The bundled family first, then CJK families a reader's system may have. */
    static final String FONT_STACK = "\"" + Fonts.FAMILY
            + "\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Droid Sans Fallback\", \"Microsoft YaHei\","
            + " \"PingFang SC\", sans-serif";
    /** The face of the bundled collection that the atlas uses. */
    static final String FACE = "WenQuanYiMicroHei";

    private SvgFigure() {}

    static void write(ExportDrawing d, OutputStream out) throws IOException {
        double w = d.drawing().width(), h = d.drawing().height();
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PX);
        g.setFontFunction(family -> FONT_STACK);
        g.setGeomDoubleConverter(SvgFigure::twoDecimals);
        d.paint(g, new Drawing.Layering() {
            @Override
            public void begin(Graphics2D svg, String id) {
                svg.setRenderingHint(
                        SVGHints.KEY_BEGIN_GROUP,
                        Map.of("id", id, "inkscape:groupmode", "layer", "inkscape:label", id));
            }

            @Override
            public void end(Graphics2D svg) {
                svg.setRenderingHint(SVGHints.KEY_END_GROUP, "");
            }
        });
        try (InputStream in = Fonts.openBundled();
                TrueTypeCollection collection = new TrueTypeCollection(in)) {
            TrueTypeFont font = collection.getFontByName(FACE);
            String svg = g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null);
            out.write(document(d, font == null ? svg : withTextLengths(svg, font), font)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String document(ExportDrawing d, String svg, TrueTypeFont font) throws IOException {
        int open = svg.indexOf('>');
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svg.substring(0, open)
                + " xmlns:inkscape='http://www.inkscape.org/namespaces/inkscape'"
                + " xmlns:dc='http://purl.org/dc/elements/1.1/'"
                + " xmlns:cc='http://creativecommons.org/ns#'"
                + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + metadata(d)
                + (font == null ? "" : fontFace(d.drawing().characters(), font))
                + svg.substring(open + 1)
                + "\n";
        return document;
    }

    private static String metadata(ExportDrawing d) {
        ExportProvenance p = d.provenance();
        return "<title>" + xml(p.title()) + "</title>"
                + "<desc>" + xml(p.description() + "\n" + p.sources() + "\n" + p.software()) + "</desc>"
                + "<metadata><rdf:RDF><cc:Work rdf:about=''>"
                + "<dc:format>image/svg+xml</dc:format>"
                + "<dc:title>" + xml(p.title()) + "</dc:title>"
                + "<dc:description>" + xml(p.description()) + "</dc:description>"
                + "<dc:source>" + xml(p.sources()) + "</dc:source>"
                + "<dc:language>" + xml(d.request().language()) + "</dc:language>"
                + "<dc:creator><cc:Agent><dc:title>" + xml(p.software()) + "</dc:title></cc:Agent></dc:creator>"
                + "</cc:Work></rdf:RDF></metadata>";
    }

    /** The glyphs of the figure's text from the bundled font, as a web font the SVG carries. */
    private static String fontFace(String characters, TrueTypeFont font) throws IOException {
        if (characters.isEmpty()) return "";
        TTFSubsetter subset = new TTFSubsetter(font);
        characters.codePoints().forEach(subset::add);
        ByteArrayOutputStream ttf = new ByteArrayOutputStream();
        subset.writeToStream(ttf);
        return "<defs><style>@font-face { font-family: \"" + Fonts.FAMILY
                + "\"; src: url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(ttf.toByteArray())
                + ") format(\"truetype\"); }</style></defs>";
    }

    private static final Pattern TEXT = Pattern.compile("<text ([^>]*?font-size: ([0-9.]+)px;[^>]*)>([^<]*)</text>");

    /** Each {@code <text>} with {@code textLength} set to its advance in the bundled font. */
    static String withTextLengths(String svg, TrueTypeFont font) throws IOException {
        Matcher m = TEXT.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() + svg.length() / 8);
        while (m.find()) {
            OptionalDouble width = advance(font, unescape(m.group(3)), Double.parseDouble(m.group(2)));
            String length = width.isPresent()
                    ? " textLength='" + twoDecimals(width.getAsDouble()) + "' lengthAdjust='spacingAndGlyphs'"
                    : "";
            m.appendReplacement(
                    out, Matcher.quoteReplacement("<text " + m.group(1) + length + ">" + m.group(3) + "</text>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text's width at the size, or empty when the font lacks one of its characters. */
    private static OptionalDouble advance(TrueTypeFont font, String text, double size) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        double units = 0;
        for (int cp : text.codePoints().toArray()) {
            int glyph = cmap.getGlyphId(cp);
            if (glyph == 0) return OptionalDouble.empty();
            units += font.getAdvanceWidth(glyph);
        }
        return text.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(units * size / font.getUnitsPerEm());
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String xml(String s) {
        return SVGUtils.escapeForXML(s);
    }

    private static String twoDecimals(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
