package org.longjiang.atlas.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ar.com.hjg.pngj.PngReader;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.UiTestSupport;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.testing.NeedsFx;
import org.longjiang.atlas.testing.Pixels;

/** One drawing, three files: the SVG rasterised looks like the PNG; the PDF is a page of searchable text; provenance in each. */
@NeedsFx
class FigureFormatsTest {
    /** Per channel: antialiased edges and glyphs may differ this much between two rasterisers. */
    static final int TOLERANCE = 40;
    /** Share of pixels that must agree within the tolerance (text edges are most of the rest). */
    static final double AGREEING = 0.98;

    /** JSVG's CSS parser does not read @font-face data URLs and says so for every character (held: loggers are weak). */
    static final Logger JSVG_LOG = Logger.getLogger("com.github.weisj.jsvg");

    static ExportRenderer renderer;

    @BeforeAll
    static void load() {
        JSVG_LOG.setLevel(Level.SEVERE);
        UiTestSupport.watchNetworkAndLoadBasemap();
        renderer = new ExportRenderer(
                Fixtures.load("good"), new ViewRenderer(TileService.shared().basemap()), new AtlasViews());
    }

    static ExportRequest harbin(int w, int h, int scale, String lang) {
        return new ExportRequest(
                ExportContent.MAP,
                new Viewport(45.75, 126.63, 7),
                Optional.of("harbin"),
                "Harbin",
                w,
                h,
                scale,
                lang,
                Decoration.all(),
                Set.of(),
                Optional.of(2016));
    }

    static byte[] bytes(ExportDrawing d, ExportFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (f) {
            case PNG -> PngFigure.write(d, out);
            case SVG -> SvgFigure.write(d, out);
            case PDF -> PdfFigure.write(d, out);
        }
        return out.toByteArray();
    }

    @Test
    void theSvgRasterisedIsThePng() throws Exception {
        ExportDrawing figure = renderer.draw(harbin(480, 320, 1, "en"));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes(figure, ExportFormat.PNG)));
        SVGDocument svg = new SVGLoader().load(new ByteArrayInputStream(bytes(figure, ExportFormat.SVG)));
        BufferedImage raster = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = raster.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.fillRect(0, 0, 480, 320);
        svg.render(null, g);
        g.dispose();
        long agree = 0;
        for (int y = 0; y < 320; y++)
            for (int x = 0; x < 480; x++) if (Pixels.close(png.getRGB(x, y), raster.getRGB(x, y), TOLERANCE)) agree++;
        double share = agree / (480.0 * 320);
        assertTrue(share >= AGREEING, "pixels agreeing: " + share);
        // and a blank SVG would not pass: the map has structure
        assertTrue(Pixels.distinctColours(raster) > 100, "colours: " + Pixels.distinctColours(raster));
    }

    @Test
    void theSvgKeepsTextAsTextLayersAsGroupsAndItsProvenance() throws Exception {
        ExportDrawing figure = renderer.draw(harbin(480, 320, 1, "zh"));
        String svg = new String(bytes(figure, ExportFormat.SVG), StandardCharsets.UTF_8);
        assertTrue(svg.contains(">哈尔滨</text>"), "the Chinese label as text");
        for (String layer : List.of("basemap", "links", "places", "labels", "legend", "title", "sources"))
            assertTrue(svg.contains("<g id='" + layer + "'"), layer);
        assertTrue(svg.contains("inkscape:groupmode='layer'"));
        assertTrue(svg.contains("<title>Harbin</title>"));
        assertTrue(svg.contains("<dc:source>Song Linlin"), "the sources line in the metadata");
        assertTrue(svg.contains("2016"), "the year in the description");
        assertTrue(svg.contains("@font-face"), "the font's glyphs embedded for browsers");
        // Three full-width ideographs are three ems wide in the bundled font, whatever font a reader has.
        Matcher label = Pattern.compile(
                        "font-size: ([0-9.]+)px;[^>]*textLength='([0-9.]+)' lengthAdjust='spacingAndGlyphs'>哈尔滨<")
                .matcher(svg);
        assertTrue(label.find(), "the Chinese label with its width");
        assertEquals(3 * Double.parseDouble(label.group(1)), Double.parseDouble(label.group(2)), 0.01);
    }

    @Test
    void thePdfIsOneA4PageWithItsFontEmbeddedAndItsProvenance() throws Exception {
        // 877 × 620 at 4× is A4 at 300 dpi: set on an A4 sheet with the type four times as large.
        try (PDDocument pdf = Loader.loadPDF(bytes(renderer.draw(harbin(877, 620, 4, "en")), ExportFormat.PDF))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDPage page = pdf.getPage(0);
            assertEquals(841.9, page.getMediaBox().getWidth(), 0.1, "A4 landscape");
            assertEquals(595.3, page.getMediaBox().getHeight(), 0.1);
            assertTrue(new PDFTextStripper().getText(pdf).contains("Harbin"));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getXObjectNames()) {
                var form = (PDFormXObject) page.getResources().getXObject(name);
                for (var f : form.getResources().getFontNames())
                    fonts.add(form.getResources().getFont(f));
            }
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PDFont::isEmbedded), "fonts embedded");
            assertEquals("Harbin", pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentInformation().getCreator().startsWith("Longjiang Atlas "));
            assertTrue(pdf.getDocumentInformation().getSubject().contains("2016"));
            assertTrue(pdf.getDocumentInformation()
                    .getCustomMetadataValue("Sources")
                    .contains("Song Linlin"));
        }
    }

    @Test
    void thePdfsTextCanBeSearchedInChineseAndRussian() throws Exception {
        for (String[] lang : new String[][] {{"zh", "哈尔滨"}, {"ru", "Харбин"}}) {
            ExportDrawing figure = renderer.draw(harbin(480, 320, 1, lang[0]));
            try (PDDocument pdf = Loader.loadPDF(bytes(figure, ExportFormat.PDF))) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains(lang[1]), lang[0] + ": " + text.substring(0, Math.min(200, text.length())));
            }
        }
    }

    @Test
    void aFigureOfOtherSizeGetsAPageOfItsOwnSize() {
        assertEquals(1440, PdfFigure.page(harbin(1920, 1080, 1, "en")).getWidth(), 0.01);
        assertEquals(1190.55, PdfFigure.page(harbin(4961, 3508, 1, "en")).getWidth(), 0.01, "A3");
    }

    @Test
    void thePngCarriesItsProvenanceInTextChunks() throws Exception {
        ExportDrawing figure = renderer.draw(harbin(320, 200, 1, "en"));
        PngReader png = new PngReader(new ByteArrayInputStream(bytes(figure, ExportFormat.PNG)));
        png.readSkippingAllRows();
        assertEquals("Harbin", png.getMetadata().getTxtForKey("Title"));
        assertTrue(png.getMetadata().getTxtForKey("Description").contains("zoom 7.0"));
        assertTrue(png.getMetadata().getTxtForKey("Description").contains("2016"));
        assertTrue(png.getMetadata().getTxtForKey("Source").contains("Song Linlin"));
        assertTrue(png.getMetadata().getTxtForKey("Software").startsWith("Longjiang Atlas "));
        png.end();
    }

    @Test
    void theFormatFollowsTheFileNameAndTheFileNameTheFormat() {
        assertEquals(Optional.of(ExportFormat.SVG), ExportFormat.ofFile("/tmp/h.SVG"));
        assertEquals(Optional.empty(), ExportFormat.ofFile("/tmp/h"));
        assertEquals("/tmp/h.pdf", ExportFormat.PDF.withExtension("/tmp/h.png"));
        assertEquals("/tmp/h.v2.svg", ExportFormat.SVG.withExtension("/tmp/h.v2"));
    }
}
