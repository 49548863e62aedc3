package org.longjiang.atlas.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.UiTestSupport;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.render.Drawing;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.testing.NeedsFx;
import org.longjiang.atlas.testing.Pixels;

/** The one renderer behind the dialog and the command: sizes, scales and every decoration, by pixel probes. */
@NeedsFx
class ExportRendererTest {
    static final int TITLE_BAND = 0x1F3344;
    static final int SOURCES_BAND = 0xF3F1EC;
    static LoadResult content;
    static ExportRenderer renderer;

    @BeforeAll
    static void load() {
        UiTestSupport.watchNetworkAndLoadBasemap();
        content = Fixtures.load("good");
        renderer = new ExportRenderer(
                content, new ViewRenderer(TileService.shared().basemap()), new AtlasViews());
    }

    static ExportRequest request(int w, int h, double scale, Set<Decoration> decorations) {
        return new ExportRequest(
                ExportContent.MAP,
                new Viewport(46.5, 127.5, 6),
                Optional.of("harbin"),
                "Harbin",
                w,
                h,
                scale,
                "en",
                decorations,
                Set.of(),
                Optional.empty());
    }

    static Set<Decoration> allBut(Decoration... off) {
        Set<Decoration> s = EnumSet.allOf(Decoration.class);
        List.of(off).forEach(s::remove);
        return s;
    }

    @Test
    void sizesAndScalesGiveExactPixelDimensions() {
        for (int scale : new int[] {1, 2, 4}) {
            BufferedImage img = renderer.render(request(320, 200, scale, Decoration.all()));
            assertEquals(320 * scale, img.getWidth(), "width at " + scale + "×");
            assertEquals(200 * scale, img.getHeight(), "height at " + scale + "×");
        }
        BufferedImage square = renderer.render(
                request(ExportPreset.SQUARE.width(), ExportPreset.SQUARE.height(), 1, Decoration.all()));
        assertEquals(1080, square.getWidth());
        assertEquals(1080, square.getHeight());
        for (ExportPreset p : ExportPreset.values()) {
            for (int scale : new int[] {1, 2, 4}) {
                ExportRequest r = request(p.width(), p.height(), scale, Decoration.all());
                assertEquals(p.width() * scale, r.pixelWidth());
                assertEquals(p.height() * scale, r.pixelHeight());
            }
        }
    }

    @Test
    void anImageInMemoryTooLargeForTheHeapIsRefusedWithAdvice() {
        // Only the preview and the clipboard hold a whole image; files are written band by band.
        ExportRequest huge = request(ExportPreset.FOUR_K.width(), ExportPreset.FOUR_K.height(), 4, Decoration.all());
        var e = Assertions.assertThrows(IllegalStateException.class, () -> ExportRenderer.checkMemory(huge, 1L << 30));
        assertTrue(e.getMessage().contains("15360 × 8640 px") && e.getMessage().contains("-Xmx"), e.getMessage());
        ExportRenderer.checkMemory(huge, 4L << 30);
    }

    @Test
    void bandsJoinWithoutSeams() throws Exception {
        // The same figure written in one band and in 64-row bands is the same file, and the same pixels as in memory.
        ExportRequest r = request(300, 200, 2, Decoration.all());
        ExportDrawing figure = renderer.draw(r);
        ByteArrayOutputStream whole = new ByteArrayOutputStream(), thin = new ByteArrayOutputStream();
        PngFigure.write(figure, whole, r.pixelHeight());
        PngFigure.write(figure, thin, 64);
        assertArrayEquals(whole.toByteArray(), thin.toByteArray());
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(thin.toByteArray()));
        BufferedImage inMemory = renderer.render(r);
        assertEquals(0, Pixels.differing(read, inMemory));
    }

    @Test
    void aLargeImageIsDrawnInBandsOfBoundedSize() {
        // 15360 px wide (4K at 4×): bands of at most 4 Mpx, so 32 bands of 273 rows rather than one 133-Mpx image.
        int rows = PngFigure.bandRows(15360);
        assertEquals(273, rows);
        assertTrue((long) rows * 15360 <= PngFigure.BAND_PIXELS);
        assertEquals(32, (8640 + rows - 1) / rows);
        assertEquals(PngFigure.BAND_PIXELS / 1920, PngFigure.bandRows(1920));
    }

    @Test
    void presentationModesLargeTypeReachesTheFigure() {
        ExportRequest everyday = request(600, 400, 1, Decoration.all());
        ExportRequest projector = new ExportRequest(
                everyday.what(),
                everyday.view(),
                everyday.subject(),
                everyday.title(),
                600,
                400,
                1,
                "en",
                Decoration.all(),
                Set.of(),
                Optional.empty(),
                true);
        // The selected city's label: 14 px in the window's map, 24 px on a projector (presentation.css).
        assertEquals(14f, labelSize(renderer.draw(everyday), "Harbin"));
        assertEquals(24f, labelSize(renderer.draw(projector), "Harbin"));
        assertTrue(projector.toArgs().contains("--presentation"));
    }

    static float labelSize(ExportDrawing d, String text) {
        return d.drawing().ops().stream()
                .filter(o -> o instanceof Drawing.Text t && t.text().equals(text))
                .map(o -> ((Drawing.Text) o).font().getSize2D())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void titleAndSourcesBandsComeAndGo() {
        BufferedImage all = renderer.render(request(400, 300, 1, Decoration.all()));
        assertEquals(TITLE_BAND, rgb(all, 5, 5));
        assertEquals(SOURCES_BAND, rgb(all, 3, 297));
        BufferedImage noTitle = renderer.render(request(400, 300, 1, allBut(Decoration.TITLE)));
        assertNotEquals(TITLE_BAND, rgb(noTitle, 5, 5));
        assertEquals(SOURCES_BAND, rgb(noTitle, 3, 297));
        BufferedImage noSources = renderer.render(request(400, 300, 1, allBut(Decoration.SOURCES)));
        assertEquals(TITLE_BAND, rgb(noSources, 5, 5));
        assertNotEquals(SOURCES_BAND, rgb(noSources, 3, 297));
        BufferedImage plain = renderer.render(request(400, 300, 1, Set.of()));
        assertNotEquals(TITLE_BAND, rgb(plain, 5, 5));
        assertNotEquals(SOURCES_BAND, rgb(plain, 3, 297));
    }

    @Test
    void eachMapDecorationChangesOnlyItsCorner() {
        // Without the bands the map fills the frame, so the corners of two renders line up.
        Set<Decoration> base =
                EnumSet.of(Decoration.LEGEND, Decoration.SCALE_BAR, Decoration.NORTH_ARROW, Decoration.ATTRIBUTION);
        BufferedImage on = renderer.render(request(600, 400, 1, base));
        BufferedImage noLegend =
                renderer.render(request(600, 400, 1, without(base, Decoration.LEGEND, Decoration.SCALE_BAR)));
        BufferedImage noArrow = renderer.render(request(600, 400, 1, without(base, Decoration.NORTH_ARROW)));
        BufferedImage noAttribution = renderer.render(request(600, 400, 1, without(base, Decoration.ATTRIBUTION)));
        int[] bottomLeft = {0, 200, 150, 400}, topRight = {540, 0, 600, 70}, bottomRight = {300, 360, 600, 400};
        assertTrue(
                Pixels.differing(on, noLegend, bottomLeft[0], bottomLeft[1], bottomLeft[2], bottomLeft[3]) > 500,
                "legend and scale bar in the bottom-left corner");
        assertEquals(0, Pixels.differing(on, noLegend, topRight[0], topRight[1], topRight[2], topRight[3]));
        assertTrue(
                Pixels.differing(on, noArrow, topRight[0], topRight[1], topRight[2], topRight[3]) > 100,
                "north arrow in the top-right corner");
        assertEquals(0, Pixels.differing(on, noArrow, bottomLeft[0], bottomLeft[1], bottomLeft[2], bottomLeft[3]));
        assertTrue(
                Pixels.differing(on, noAttribution, bottomRight[0], bottomRight[1], bottomRight[2], bottomRight[3])
                        > 500,
                "attribution in the bottom-right corner");
        assertEquals(0, Pixels.differing(on, noAttribution, topRight[0], topRight[1], topRight[2], topRight[3]));
    }

    @Test
    void theYearShowsWhenTheStateHasOne() {
        Set<Decoration> yearOnly = EnumSet.of(Decoration.YEAR);
        ExportRequest today = request(600, 400, 1, yearOnly);
        ExportRequest in2015 = new ExportRequest(
                today.what(),
                today.view(),
                today.subject(),
                today.title(),
                600,
                400,
                1,
                "en",
                yearOnly,
                Set.of(),
                Optional.of(2015));
        int[] topRight = {450, 0, 600, 70};
        BufferedImage none = renderer.render(request(600, 400, 1, Set.of()));
        assertEquals(
                0,
                Pixels.differing(none, renderer.render(today), topRight[0], topRight[1], topRight[2], topRight[3]),
                "no year to show for today");
        assertTrue(
                Pixels.differing(none, renderer.render(in2015), topRight[0], topRight[1], topRight[2], topRight[3])
                        > 300,
                "the year badge");
        // The badge reads the state the image is drawn from.
        AtlasState state = new AtlasState(content);
        state.setYear(2015);
        ExportFrame frame = HeadlessFx.call(() -> new ExportFrame(state, today, new AtlasViews()));
        Label badge = (Label) frame.lookup("#export-year");
        assertEquals("As of 2015", badge.getText());
    }

    @Test
    void theLegendListsOnlyTheVisibleKinds() {
        ExportRequest r = new ExportRequest(
                ExportContent.MAP,
                new Viewport(47, 127, 5),
                Optional.empty(),
                "t",
                800,
                600,
                1,
                "en",
                Decoration.all(),
                Set.of("air"),
                Optional.empty());
        AtlasState state = new AtlasState(content);
        r.applyTo(state);
        ExportFrame frame = HeadlessFx.call(() -> {
            ExportFrame f = new ExportFrame(state, r, new AtlasViews());
            FrameLayout.draw(f, r, new ViewRenderer(TileService.shared().basemap()));
            return f;
        });
        List<String> entries = HeadlessFx.call(() -> frame.lookupAll(".legend-text").stream()
                .map(n -> ((Label) n).getText())
                .toList());
        assertTrue(entries.contains("railway"), entries.toString());
        assertFalse(entries.contains("air route"), "hidden kinds are not in the key: " + entries);
        String sources = HeadlessFx.call(() -> ((Label) frame.lookup("#export-sources")).getText());
        assertTrue(sources.startsWith("Sources: "), sources);
    }

    @Test
    void mapWithDossierAndWholeWindow() {
        ExportRequest map = request(900, 500, 1, Decoration.all());
        ExportRequest dossier = new ExportRequest(
                ExportContent.MAP_DOSSIER,
                map.view(),
                map.subject(),
                map.title(),
                900,
                500,
                1,
                "en",
                Decoration.all(),
                Set.of(),
                Optional.empty());
        ExportRequest window = new ExportRequest(
                ExportContent.WINDOW,
                map.view(),
                map.subject(),
                map.title(),
                900,
                500,
                1,
                "en",
                Decoration.all(),
                Set.of(),
                Optional.empty());
        BufferedImage m = renderer.render(map), d = renderer.render(dossier), w = renderer.render(window);
        // The dossier is a white panel on the right, titled with the subject.
        assertEquals(0xFFFFFF, rgb(d, 880, 250));
        assertNotEquals(0xFFFFFF, rgb(m, 880, 250));
        assertEquals(900, w.getWidth());
        assertTrue(Pixels.differing(d, w, 0, 0, 900, 500) > 1000, "the window has its toolbar");
    }

    static Set<Decoration> without(Set<Decoration> s, Decoration... off) {
        Set<Decoration> c = EnumSet.copyOf(s);
        List.of(off).forEach(c::remove);
        return c;
    }

    static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xffffff;
    }

    @Test
    void everyDecorationSpeaksTheRequestsLanguage() {
        for (String lang : List.of("ru", "zh")) {
            ExportRequest r = new ExportRequest(
                    ExportContent.MAP,
                    new Viewport(46.5, 127.5, 6),
                    Optional.of("harbin"),
                    "Harbin",
                    800,
                    600,
                    1,
                    lang,
                    Decoration.all(),
                    Set.of(),
                    Optional.of(2013));
            ExportFrame frame = HeadlessFx.call(() -> {
                AtlasState state = new AtlasState(content);
                r.applyTo(state);
                ExportFrame f = new ExportFrame(state, r, new AtlasViews());
                new Scene(f, r.width(), r.height());
                f.applyCss();
                f.layout();
                f.describe(r.view(), f.mapPane().mapWidth(), f.mapPane().mapHeight());
                return f;
            });
            Messages m = Messages.of(lang);
            assertEquals(m.get("export.year", 2013), text(frame, "#export-year"), lang);
            assertEquals(lang.equals("ru") ? "По состоянию на 2013 г." : "截至2013年", text(frame, "#export-year"));
            assertEquals(lang.equals("ru") ? "С" : "北", text(frame, ".north-arrow-letter"));
            assertTrue(text(frame, ".scale-bar-text").endsWith(lang.equals("ru") ? " км" : "公里"), lang);
            assertEquals(m.get("map.attribution"), text(frame, ".map-attribution"));
            assertTrue(text(frame, "#export-sources").startsWith(lang.equals("ru") ? "Источники: " : "来源："), lang);
            assertTrue(
                    HeadlessFx.call(() -> frame.lookupAll(".legend-text").stream()
                                    .map(n -> ((Label) n).getText())
                                    .toList())
                            .contains(m.get("kind.city")),
                    lang + ": the legend");
        }
    }

    static String text(ExportFrame frame, String selector) {
        return HeadlessFx.call(() -> ((Label) frame.lookup(selector)).getText());
    }
}
