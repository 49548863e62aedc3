package org.longjiang.atlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.model.TourStop;
import org.longjiang.atlas.testing.Cli;
import org.longjiang.atlas.testing.NeedsFx;

/** The headless side of time and tours: export --tour, export --year, list tours, list --year. */
@NeedsFx
class TourAndYearCommandsTest {
    @TempDir
    Path dir;

    final Cli cli = new Cli();

    int run(String... args) {
        return cli.run(args);
    }

    String text() {
        return cli.out();
    }

    @Test
    void everyStopOfATourBecomesANumberedSlide() throws Exception {
        Path slides = dir.resolve("slides");
        assertEquals(
                0,
                run("export", "--tour", "three-bridges-one-island", "--out", slides.toString(), "--size", "640x360"),
                cli::err);
        List<Path> files;
        try (var s = Files.list(slides)) {
            files = s.sorted().toList();
        }
        assertEquals(5, files.size());
        assertEquals(
                "01-three-bridges-one-island.png", files.get(0).getFileName().toString());
        var img = ImageIO.read(files.get(4).toFile());
        assertEquals(640, img.getWidth());
        assertEquals(360, img.getHeight());
        assertEquals(
                2,
                run("export", "--tour", "three-bridges-one-island", "--out", slides.toString(), "--size", "640x360"),
                "existing slides are not replaced without --overwrite");
        assertEquals(2, run("export", "--tour", "atlantis", "--out", slides.toString()));
        assertTrue(cli.err().contains("four-directions"), "the known tours are listed");
    }

    @Test
    void theYearChangesTheImage() throws Exception {
        Path y2010 = dir.resolve("2010.png"), y2022 = dir.resolve("2022.png");
        assertEquals(
                0,
                run(
                        "export",
                        "--view",
                        "heihe-blagoveshchensk-bridge",
                        "--zoom",
                        "9",
                        "--size",
                        "640x400",
                        "--year",
                        "2010",
                        "--out",
                        y2010.toString()));
        assertEquals(
                0,
                run(
                        "export",
                        "--view",
                        "heihe-blagoveshchensk-bridge",
                        "--zoom",
                        "9",
                        "--size",
                        "640x400",
                        "--year",
                        "2022",
                        "--out",
                        y2022.toString()));
        var a = ImageIO.read(y2010.toFile());
        var b = ImageIO.read(y2022.toFile());
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) differing++;
        assertTrue(differing > 500, "the 2022 bridge and badge differ from 2010: " + differing + " pixels");
        assertEquals(
                2,
                run(
                        "export",
                        "--view",
                        "harbin",
                        "--year",
                        "next",
                        "--out",
                        dir.resolve("x.png").toString()));
    }

    @Test
    void listsToursAndWhatExistedInAYear() {
        assertEquals(0, run("list", "tours"));
        assertTrue(text().startsWith("id,title_en,title_zh,title_ru,stops\r\n"), text());
        assertTrue(text().contains("three-bridges-one-island,\"Three bridges, one island, one port\""));
        cli.reset();
        assertEquals(0, run("list", "links", "--year", "2016", "--format", "json"));
        String json = text();
        assertTrue(json.contains("\"status_in_2016\""));
        assertTrue(json.contains("\"mohe-daqing-oil-pipeline\""));
        assertTrue(json.contains("\"power-of-siberia-gas-pipeline\""), "under construction since 2014, opened 2019");
        assertTrue(!json.contains("\"dalian-tongjiang-siberia-line\""), "a 2018 plan, over a bridge opened in 2022");
        assertEquals(2, run("list", "series", "--year", "2016"));
    }

    @Test
    void aStopWithoutAViewIsFramedAsExportViewFramesItsSubject() {
        Tour tour = new Tour(
                "t",
                LocalizedText.english("T"),
                LocalizedText.english(""),
                List.of(new TourStop(
                        LocalizedText.english("Harbin"),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Optional.of("harbin"))));
        List<String> args = List.of(TourExport.stopArgs(tour, 0, List.of(), Path.of("x.png")));
        assertTrue(args.contains("--view") && !args.contains("--center") && !args.contains("--zoom"), args.toString());
        Atlas atlas = Fixtures.load("good").atlas();
        ExportView v = ExportView.resolve(atlas, ExportOptions.parse(args.toArray(String[]::new)));
        assertEquals(Framing.of(atlas, atlas.subject("harbin").orElseThrow(), 1920, 1080 * 0.8), v.viewport());
    }
}
