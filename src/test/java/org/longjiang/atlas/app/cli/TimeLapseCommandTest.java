package org.longjiang.atlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.testing.Cli;
import org.longjiang.atlas.testing.NeedsFx;
import org.longjiang.atlas.testing.Pixels;
import org.w3c.dom.Node;

/** export --animate and export --years: one frame a year, a GIF that loops at the speed asked, clear refusals. */
@NeedsFx
class TimeLapseCommandTest {
    @TempDir
    Path dir;

    final Cli cli = new Cli();

    /** What a browser reads from an animated GIF: the frames, each one's delay, and the loop count. */
    record Gif(List<BufferedImage> frames, List<Integer> delays, Integer loops) {}

    static Gif read(Path file) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            Integer loops = null;
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root =
                        (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c.getNodeName().equals("GraphicControlExtension"))
                        delays.add(Integer.parseInt(((IIOMetadataNode) c).getAttribute("delayTime")));
                    if (c.getNodeName().equals("ApplicationExtensions")) {
                        IIOMetadataNode app = (IIOMetadataNode) c.getFirstChild();
                        if ("NETSCAPE".equals(app.getAttribute("applicationID"))) {
                            byte[] b = (byte[]) app.getUserObject();
                            loops = (b[1] & 0xff) | (b[2] & 0xff) << 8;
                        }
                    }
                }
            }
            return new Gif(frames, delays, loops);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void anAnimatedGifHasOneFrameAYearAndLoops() throws Exception {
        Path gif = dir.resolve("belt.gif");
        assertEquals(
                0,
                cli.run(
                        "export",
                        "--view",
                        "heihe-blagoveshchensk-bridge",
                        "--zoom",
                        "9",
                        "--size",
                        "320x200",
                        "--animate",
                        "2021..2023",
                        "--out",
                        gif.toString()),
                cli::err);
        assertTrue(cli.out().contains("3 frames, 2021–2023 (320 × 200 px)"), cli.out());
        Gif read = read(gif);
        assertEquals(3, read.frames().size());
        assertEquals(List.of(100, 100, 100), read.delays(), "one year a second");
        assertEquals(0, read.loops(), "loops for ever");
        for (BufferedImage f : read.frames()) {
            assertEquals(320, f.getWidth());
            assertEquals(200, f.getHeight());
        }
        // The bridge opened in June 2022: the frames of 2021 and 2022 differ.
        assertNotEquals(0, Pixels.differing(read.frames().get(0), read.frames().get(1)));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(gif), s.toList(), "no temporary file is left");
        }
    }

    @Test
    void theStepAndTheSpeedAreKept() throws Exception {
        Path gif = dir.resolve("fast.gif");
        assertEquals(
                0,
                cli.run(
                        "export",
                        "--view",
                        "heilongjiang",
                        "--size",
                        "320x200",
                        "--plain",
                        "--animate",
                        "2010..2016",
                        "--step",
                        "3",
                        "--speed",
                        "4",
                        "--out",
                        gif.toString()),
                cli::err);
        Gif read = read(gif);
        assertEquals(3, read.frames().size(), "2010, 2013, 2016");
        assertEquals(List.of(25, 25, 25), read.delays(), "four years a second");
    }

    @Test
    void theYearsOptionWritesOnePngPerYearIntoAFolder() throws Exception {
        Path frames = dir.resolve("frames");
        List<String> years = List.of(
                "export", "--view", "heilongjiang", "--size", "320x200", "--years", "2014..2018", "--step", "2");
        assertEquals(0, cli.run(with(years, "--out", frames.toString())), cli::err);
        try (var s = Files.list(frames)) {
            assertEquals(
                    List.of("2014.png", "2016.png", "2018.png"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        BufferedImage first = ImageIO.read(frames.resolve("2014.png").toFile());
        assertEquals(320, first.getWidth());
        cli.reset();
        assertEquals(
                2,
                cli.run(with(years, "--out", frames.toString())),
                "existing frames are not replaced without --overwrite");
        assertTrue(cli.err().contains("2014.png"), cli.err());
        assertEquals(0, cli.run(with(years, "--overwrite", "--out", frames.toString())), cli::err);
    }

    private static String[] with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void mistakesAreRefusedBeforeAnythingIsDrawn() {
        Path gif = dir.resolve("x.gif");
        String[][] wrong = {
            {"export", "--animate", "2023..2010", "--out", gif.toString()},
            {"export", "--animate", "2010", "--out", gif.toString()},
            {"export", "--animate", "2010..2012"},
            {"export", "--animate", "2010..2012", "--years", "2010..2012", "--out", gif.toString()},
            {"export", "--animate", "2010..2012", "--year", "2011", "--out", gif.toString()},
            {"export", "--animate", "2010..2012", "--step", "0", "--out", gif.toString()},
            {"export", "--animate", "2010..2012", "--speed", "3", "--out", gif.toString()},
            {"export", "--animate", "2010..2012", "--size", "0x0", "--out", gif.toString()},
        };
        for (String[] args : wrong) {
            cli.reset();
            assertEquals(2, cli.run(args), String.join(" ", args));
            assertFalse(cli.err().isBlank(), String.join(" ", args));
        }
        assertFalse(Files.exists(gif));
        cli.reset();
        cli.run("export", "--animate", "2010..2012", "--year", "2011", "--out", gif.toString());
        assertTrue(cli.err().contains("--year is set by each frame"), cli.err());
    }
}
