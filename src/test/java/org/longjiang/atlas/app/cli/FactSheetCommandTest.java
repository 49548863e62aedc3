package org.longjiang.atlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.testing.Cli;
import org.longjiang.atlas.testing.NeedsFx;

/** {@code factsheet} on the shipped content: both formats, bad subjects, existing files. */
@NeedsFx
class FactSheetCommandTest {
    @TempDir
    Path dir;

    final Cli cli = new Cli();

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void markdownForAPortByName() throws Exception {
        Path md = dir.resolve("suifenhe.md");
        assertEquals(0, run("factsheet", "--view", "Suifenhe", "--format", "md", "--out", md.toString()));
        String text = Files.readString(md);
        assertTrue(text.startsWith("# Suifenhe\n"));
        assertTrue(text.contains("Across the border: Pogranichny"));
        assertTrue(text.contains("## Policy timeline"));
        assertTrue(text.contains("## Sources"));
    }

    @Test
    void htmlForTheProvinceEmbedsEveryChartAsARealPng() throws Exception {
        Path html = dir.resolve("hlj.html");
        assertEquals(0, run("factsheet", "--view", "heilongjiang", "--format", "html", "--out", html.toString()));
        String text = Files.readString(html);
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(text);
        int images = 0;
        while (m.find()) {
            var img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertEquals(FactSheetCommand.CHART_WIDTH, img.getWidth());
            images++;
        }
        assertEquals(21, images, "one image per chart of the province's tables");
    }

    @Test
    void unknownOrAmbiguousSubjectsAndBadFormatsAreUsageErrors() {
        assertEquals(
                2,
                run(
                        "factsheet",
                        "--view",
                        "atlantis",
                        "--format",
                        "md",
                        "--out",
                        dir.resolve("a.md").toString()));
        assertTrue(cli.err().contains("no place or link is called \"atlantis\""));
        assertEquals(
                2,
                run(
                        "factsheet",
                        "--view",
                        "harbin",
                        "--format",
                        "pdf",
                        "--out",
                        dir.resolve("a.pdf").toString()));
        assertEquals(
                2,
                run("factsheet", "--format", "md", "--out", dir.resolve("a.md").toString()));
    }

    @Test
    void anExistingFileIsNeverReplacedWithoutOverwrite() throws Exception {
        Path md = dir.resolve("mine.md");
        Files.writeString(md, "my notes");
        assertEquals(2, run("factsheet", "--view", "harbin", "--format", "md", "--out", md.toString()));
        assertEquals("my notes", Files.readString(md));
        assertEquals(0, run("factsheet", "--view", "harbin", "--format", "md", "--out", md.toString(), "--overwrite"));
        assertTrue(Files.readString(md).startsWith("# Harbin"));
    }
}
