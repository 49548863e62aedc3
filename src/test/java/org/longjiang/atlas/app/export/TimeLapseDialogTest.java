package org.longjiang.atlas.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.UiTestSupport;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.core.query.YearFilter;
import org.longjiang.atlas.testing.Cli;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The time-lapse offered by the Export dialog: the dialog's image once a year, the same as the command's. */
@ExtendWith(ApplicationExtension.class)
class TimeLapseDialogTest {
    @TempDir
    Path dir;

    AtlasState state;
    ExportDialog export;
    TimeLapseDialog lapse;
    final List<Path> asked = new ArrayList<>();
    boolean replace;

    @BeforeAll
    static void fixtures() {
        UiTestSupport.watchNetworkAndLoadBasemap();
        System.setProperty("atlas.data", Fixtures.folder("good").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("atlas.data");
    }

    @Start
    void start(Stage stage) {
        state = new AtlasState(Fixtures.load("good"));
        SettingsStore store = SettingsStore.inMemory();
        store.put("folder", dir.toString());
        ExportRenderer renderer = new ExportRenderer(
                state.contentProperty().get(),
                new ViewRenderer(TileService.shared().basemap()),
                new AtlasViews());
        ExportDialogModel model =
                new ExportDialogModel(state, () -> new Viewport(47.5, 128.5, 5), ExportSettings.load(store));
        model.widthProperty().set(320);
        model.heightProperty().set(200);
        export = new ExportDialog(
                null,
                model,
                renderer,
                TaskRunner.synchronous(),
                store,
                p -> {
                    asked.add(p);
                    return replace;
                },
                c -> {});
        export.show();
        lapse = export.timeLapse();
        lapse.show();
    }

    @Test
    void itOffersTheLastThirtyYearsUpToToday() {
        YearFilter years = new YearFilter(state.atlas());
        assertEquals(years.today(), lapse.toSpinner().getValue());
        assertEquals(
                Math.max(years.firstYear(), years.today() - 30),
                lapse.fromSpinner().getValue());
        assertTrue(
                lapse.target().getText().startsWith(dir.toString()),
                lapse.target().getText());
        assertTrue(lapse.commandLine().startsWith("longjiang-atlas export --what map"), lapse.commandLine());
        assertTrue(lapse.commandLine().contains("--animate "), lapse.commandLine());
    }

    @Test
    void theDialogMakesTheGifTheCommandMakes(FxRobot robot) throws Exception {
        Path fromDialog = dir.resolve("dialog.gif"), fromCommand = dir.resolve("command.gif");
        UiTestSupport.interact(() -> {
            lapse.fromSpinner().getValueFactory().setValue(2014);
            lapse.toSpinner().getValueFactory().setValue(2016);
            lapse.target().setText(fromDialog.toString());
            lapse.make();
        });
        assertTrue(lapse.status().startsWith("Saved") && lapse.status().contains("3 frames"), lapse.status());
        assertEquals(1.0, lapse.progress());
        String command = lapse.commandLine();
        assertTrue(command.contains("--animate 2014..2016 --out " + fromDialog), command);
        assertFalse(command.contains("--year "), command);
        String[] args =
                words(command.replace("longjiang-atlas ", "").replace(fromDialog.toString(), fromCommand.toString()));
        Cli cli = new Cli();
        assertEquals(0, cli.run(args), cli::err);
        List<BufferedImage> a = frames(fromDialog), b = frames(fromCommand);
        assertEquals(3, a.size());
        for (int i = 0; i < 3; i++)
            assertArrayEquals(
                    a.get(i).getRGB(0, 0, 320, 200, null, 0, 320),
                    b.get(i).getRGB(0, 0, 320, 200, null, 0, 320),
                    "frame " + i);
    }

    @Test
    void framesGoIntoAFolderAndExistingOnesAreReplacedOnlyAfterAsking(FxRobot robot) throws Exception {
        Path folder = dir.resolve("frames");
        UiTestSupport.interact(() -> {
            lapse.asPngs(true);
            lapse.fromSpinner().getValueFactory().setValue(2010);
            lapse.toSpinner().getValueFactory().setValue(2014);
            lapse.stepSpinner().getValueFactory().setValue(2);
            lapse.target().setText(folder.toString());
            lapse.make();
        });
        assertTrue(lapse.status().startsWith("Saved 3 images"), lapse.status());
        assertTrue(lapse.commandLine().contains("--years 2010..2014 --step 2"), lapse.commandLine());
        try (var s = Files.list(folder)) {
            assertEquals(
                    List.of("2010.png", "2012.png", "2014.png"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        long before = Files.getLastModifiedTime(folder.resolve("2010.png")).toMillis();
        replace = false;
        UiTestSupport.interact(lapse::make);
        assertEquals(List.of(folder), asked);
        assertTrue(lapse.status().contains("was kept"), lapse.status());
        assertEquals(
                before, Files.getLastModifiedTime(folder.resolve("2010.png")).toMillis());
    }

    @Test
    void aBackwardRangeOrAMissingFolderIsReported(FxRobot robot) {
        UiTestSupport.interact(() -> {
            lapse.fromSpinner().getValueFactory().setValue(2020);
            lapse.toSpinner().getValueFactory().setValue(2010);
            lapse.make();
        });
        assertEquals("The first year must not be after the last.", lapse.status());
        Path missing = dir.resolve("no/such/folder/a.gif");
        UiTestSupport.interact(() -> {
            lapse.toSpinner().getValueFactory().setValue(2021);
            lapse.target().setText(missing.toString());
            lapse.make();
        });
        assertTrue(lapse.status().startsWith("Could not make"), lapse.status());
        assertFalse(Files.exists(missing));
        assertTrue(lapse.isShowing());
    }

    static List<BufferedImage> frames(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) out.add(reader.read(i));
            return out;
        } finally {
            reader.dispose();
        }
    }

    /** The words of a command line as a shell reads them (single quotes only, as the dialog writes them). */
    static String[] words(String line) {
        List<String> out = new ArrayList<>();
        var m = Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out.toArray(String[]::new);
    }
}
