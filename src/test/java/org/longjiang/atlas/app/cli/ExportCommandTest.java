package org.longjiang.atlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.app.export.Decoration;
import org.longjiang.atlas.app.export.ExportContent;
import org.longjiang.atlas.app.export.ExportFormat;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.testing.Cli;
import org.longjiang.atlas.testing.NeedsFx;
import org.longjiang.atlas.testing.Pixels;

@NeedsFx
class ExportCommandTest {
    static final int SEA = 0xC4DAEA;
    static final int TITLE_BAND = 0x1F3344;

    @TempDir
    Path dir;

    final Cli cli = new Cli();

    @BeforeAll
    static void useFixtures() {
        System.setProperty("atlas.data", Fixtures.folder("good").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("atlas.data");
    }

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesADecoratedPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("region.png");
        assertEquals(
                0,
                run("export", "--center", "128,46", "--zoom", "5", "--size", "800x600", "--out", png.toString()),
                cli::err);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        assertTrue(Pixels.distinctColours(img) > 200, "not blank: " + Pixels.distinctColours(img));
        assertEquals(TITLE_BAND, img.getRGB(5, 5) & 0xffffff, "title band on top");
        // Sea of Japan (40.5 N 135 E) lies inside the frame, right of centre and below it.
        assertEquals(SEA, Pixels.rgbAt(img, 40.5, 135.0, new Viewport(46, 128, 5), 800, 600, 0), 8);
        assertTrue(cli.out().contains("800 × 600"));
    }

    @Test
    void plainAndScaledExport() throws Exception {
        Path png = dir.resolve("plain.png");
        assertEquals(
                0,
                run(
                        "export",
                        "--view",
                        "黑河",
                        "--zoom",
                        "8",
                        "--size",
                        "400x300",
                        "--scale",
                        "2",
                        "--plain",
                        "--out",
                        png.toString()),
                cli::err);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        assertTrue((img.getRGB(5, 5) & 0xffffff) != TITLE_BAND, "no title band when plain");
        assertTrue(Pixels.distinctColours(img) > 50);
    }

    @Test
    void presetsGiveTheirExactSizes() {
        assertEquals(
                3508,
                ExportOptions.parse("--center", "128,46", "--preset", "a4", "--out", "x.png")
                        .width());
        assertEquals(
                2480,
                ExportOptions.parse("--center", "128,46", "--preset", "a4", "--out", "x.png")
                        .height());
        assertEquals(
                1080,
                ExportOptions.parse("--center", "128,46", "--preset", "square", "--out", "x.png")
                        .width());
        assertEquals(
                3840,
                ExportOptions.parse("--center", "128,46", "--preset", "4k", "--out", "x.png")
                        .width());
    }

    @Test
    void decorationsAreSwitchedOneByOneOrAllAtOnce() {
        assertEquals(
                Decoration.all(),
                ExportOptions.parse("--center", "128,46", "--out", "x.png").decorations());
        Set<Decoration> noLegend = ExportOptions.parse(
                        "--center", "128,46", "--no-legend", "--no-north-arrow", "--out", "x.png")
                .decorations();
        assertTrue(
                !noLegend.contains(Decoration.LEGEND)
                        && !noLegend.contains(Decoration.NORTH_ARROW)
                        && noLegend.size() == 5,
                noLegend.toString());
        assertEquals(
                Set.of(Decoration.TITLE, Decoration.SCALE_BAR),
                ExportOptions.parse("--center", "128,46", "--decorations", "title,scale-bar", "--out", "x.png")
                        .decorations());
        assertTrue(ExportOptions.parse("--center", "128,46", "--plain", "--out", "x.png")
                .plain());
        assertTrue(ExportOptions.parse("--center", "128,46", "--decorations", "none", "--out", "x.png")
                .plain());
        ExportOptions o = ExportOptions.parse(
                "--view", "harbin", "--what", "map+dossier", "--hide", "air,road", "--out", "x.png");
        assertEquals(ExportContent.MAP_DOSSIER, o.what());
        assertEquals(Set.of("air", "road"), o.hiddenKinds());
    }

    @Test
    void theWholeWindowAndTheDossierAreExported() throws Exception {
        Path png = dir.resolve("dossier.png");
        assertEquals(
                0,
                run(
                        "export",
                        "--what",
                        "map+dossier",
                        "--view",
                        "harbin",
                        "--size",
                        "900x500",
                        "--out",
                        png.toString()),
                cli::err);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(0xFFFFFF, img.getRGB(880, 250) & 0xffffff, "the dossier panel on the right");
        Path win = dir.resolve("window.png");
        assertEquals(
                0,
                run(
                        "export",
                        "--what",
                        "window",
                        "--view",
                        "harbin",
                        "--size",
                        "900x500",
                        "--plain",
                        "--out",
                        win.toString()),
                cli::err);
        assertEquals(0x1F3344, ImageIO.read(win.toFile()).getRGB(5, 5) & 0xffffff, "the window's toolbar on top");
    }

    @Test
    void theSmallestDocumentedSizeKeepsItsMapAndSaysWhatWasLeftOut() throws Exception {
        Path png = dir.resolve("small.png");
        assertEquals(0, run("export", "--view", "harbin", "--size", "200x150", "--out", png.toString()), cli::err);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(200, img.getWidth());
        assertEquals(150, img.getHeight());
        assertEquals(
                List.of(
                        "warning: Sources line left out: it does not fit a 200 × 150 image",
                        "warning: Basemap attribution left out: it does not fit a 200 × 150 image"),
                cli.err().lines().toList());
        assertEquals(TITLE_BAND, img.getRGB(5, 5) & 0xffffff, "the title still fits");
    }

    @Test
    void vectorFormatsFromTheExtensionOrTheOption() throws Exception {
        Path svg = dir.resolve("h.svg"), pdf = dir.resolve("h.out");
        assertEquals(0, run("export", "--view", "harbin", "--size", "400x300", "--out", svg.toString()), cli::err);
        assertTrue(Files.readString(svg).startsWith("<?xml"), "an SVG");
        assertTrue(cli.out().contains("SVG, 400 × 300 px figure"), cli.out());
        assertEquals(
                0,
                run("export", "--view", "harbin", "--size", "400x300", "--format", "pdf", "--out", pdf.toString()),
                cli::err);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(
                ExportFormat.PNG,
                ExportOptions.parse("--center", "128,46", "--out", "x.png").format());
        assertEquals(
                ExportFormat.PDF,
                ExportOptions.parse("--center", "128,46", "--format", "pdf", "--out", "x.png")
                        .format());
    }

    @Test
    void badArgumentsExitNonZeroNamingTheArgument() throws Exception {
        assertUsage(
                "--what",
                "export",
                "--center",
                "128,46",
                "--what",
                "poster",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--view",
                "export",
                "--center",
                "128,46",
                "--what",
                "map+dossier",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--decorations",
                "export",
                "--center",
                "128,46",
                "--decorations",
                "title,glitter",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--hide",
                "export",
                "--center",
                "128,46",
                "--hide",
                "unicorns",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--no-glitter",
                "export",
                "--center",
                "128,46",
                "--no-glitter",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--size",
                "export",
                "--center",
                "128,46",
                "--size",
                "big",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--view",
                "export",
                "--view",
                "Atlantis",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--out",
                "export",
                "--center",
                "128,46",
                "--out",
                dir.resolve("no/such/folder/a.png").toString());
        assertUsage(
                "--center",
                "export",
                "--center",
                "128",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--zoom",
                "export",
                "--center",
                "128,46",
                "--zoom",
                "40",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--scale",
                "export",
                "--center",
                "128,46",
                "--scale",
                "3",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage(
                "--preset",
                "export",
                "--center",
                "128,46",
                "--preset",
                "poster",
                "--out",
                dir.resolve("a.png").toString());
        assertUsage("unknown command", "frobnicate");
    }

    @Test
    void anExistingFileIsNotOverwrittenUnlessAsked() throws Exception {
        Path png = dir.resolve("mine.png");
        Files.writeString(png, "my own file");
        assertUsage("already exists", "export", "--center", "128,46", "--size", "200x200", "--out", png.toString());
        assertEquals("my own file", Files.readString(png));
        assertEquals(
                0, run("export", "--center", "128,46", "--size", "200x200", "--overwrite", "--out", png.toString()));
        assertEquals(200, ImageIO.read(png.toFile()).getWidth());
    }

    private void assertUsage(String fragment, String... args) {
        cli.reset();
        assertEquals(CommandLine.USAGE, run(args), () -> String.join(" ", args) + " → " + cli.err());
        String message = cli.err().trim();
        assertTrue(message.startsWith("error: ") && message.contains(fragment), message);
        assertEquals(1, message.lines().count(), "one line: " + message);
    }
}
