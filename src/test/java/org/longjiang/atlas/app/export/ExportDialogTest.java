package org.longjiang.atlas.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.UiTestSupport;
import org.longjiang.atlas.app.cli.CommandLine;
import org.longjiang.atlas.app.cli.ExportCommand;
import org.longjiang.atlas.app.cli.ExportOptions;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.state.AtlasState;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.geo.Viewport;
import org.longjiang.atlas.core.io.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Export dialog: same pixels as the command, settings kept, no silent overwrite, clear failures, clipboard. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path dir;

    AtlasState state;
    SettingsStore store;
    ExportDialog dialog;
    final List<Path> asked = new ArrayList<>();
    boolean replace;
    final AtomicReference<ClipboardContent> clipboard = new AtomicReference<>();

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
        state.select("harbin");
        store = SettingsStore.inMemory();
        store.put("folder", dir.toString());
        dialog = dialog(state, store);
        dialog.show();
    }

    private ExportDialog dialog(AtlasState s, SettingsStore kept) {
        ExportRenderer renderer = new ExportRenderer(
                s.contentProperty().get(), new ViewRenderer(TileService.shared().basemap()), new AtlasViews());
        ExportDialogModel model =
                new ExportDialogModel(s, () -> new Viewport(45.75, 126.63, 7), ExportSettings.load(kept));
        return new ExportDialog(
                null,
                model,
                renderer,
                TaskRunner.synchronous(),
                kept,
                p -> {
                    asked.add(p);
                    return replace;
                },
                clipboard::set);
    }

    @Test
    void theDialogAndTheCommandWriteTheSameImage(FxRobot robot) throws Exception {
        Path fromDialog = dir.resolve("dialog.png"), fromCommand = dir.resolve("command.png");
        UiTestSupport.interact(() -> {
            ExportDialogModel m = dialog.model();
            m.widthProperty().set(640);
            m.heightProperty().set(400);
            m.scaleProperty().set(2);
            m.decorationProperty(Decoration.ATTRIBUTION).set(false);
            m.fileProperty().set(fromDialog.toString());
            dialog.save();
        });
        assertTrue(dialog.status().startsWith("Saved"), dialog.status());
        ExportRequest r = dialog.model().request();
        List<String> args = new ArrayList<>(List.of("export"));
        args.addAll(r.toArgs());
        args.addAll(List.of("--out", fromCommand.toString()));
        assertTrue(
                dialog.commandLine().contains("--decorations title,year,legend,scale-bar,north-arrow,sources"),
                dialog.commandLine());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args.toArray(String[]::new));
        assertEquals(0, code, err::toString);
        BufferedImage a = ImageIO.read(fromDialog.toFile()), b = ImageIO.read(fromCommand.toFile());
        assertEquals(1280, a.getWidth());
        assertEquals(800, a.getHeight());
        assertArrayEquals(
                a.getRGB(0, 0, 1280, 800, null, 0, 1280), b.getRGB(0, 0, 1280, 800, null, 0, 1280), "identical pixels");
        assertArrayEquals(Files.readAllBytes(fromDialog), Files.readAllBytes(fromCommand), "identical bytes");
    }

    @Test
    void theCommandReadsBackEveryDialogSetting(FxRobot robot) {
        UiTestSupport.interact(this::everySettingRoundTrips);
    }

    private void everySettingRoundTrips() {
        ExportDialogModel m = dialog.model();
        m.whatProperty().set(ExportContent.MAP_DOSSIER);
        m.widthProperty().set(ExportPreset.A4.width());
        m.heightProperty().set(ExportPreset.A4.height());
        m.scaleProperty().set(4);
        m.titleProperty().set("Harbin's rail, 2024");
        m.setAllDecorations(false);
        m.decorationProperty(Decoration.NORTH_ARROW).set(true);
        m.presentationProperty().set(true);
        state.setKindVisible("air", false);
        ExportRequest r = m.request();
        List<String> args = new ArrayList<>(r.toArgs());
        args.addAll(List.of("--out", "x.png"));
        ExportOptions o = ExportOptions.parse(args.toArray(String[]::new));
        assertEquals(r, ExportCommand.request(state.atlas(), o));
        m.setAllDecorations(false);
        assertTrue(m.request().toArgs().contains("--plain"));
    }

    @Test
    void thePreviewIsTheSameRequestAtAReducedScale(FxRobot robot) {
        UiTestSupport.interact(() -> {
            dialog.model().widthProperty().set(ExportPreset.FOUR_K.width());
            dialog.model().heightProperty().set(ExportPreset.FOUR_K.height());
            dialog.preview().renderNow();
        });
        assertNotNull(dialog.preview().image());
        assertEquals(ExportPreview.BOX_WIDTH, dialog.preview().image().getWidth(), 1);
        assertEquals(
                Math.round(2160 * ExportPreview.BOX_WIDTH / 3840),
                dialog.preview().image().getHeight(),
                1);
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterAsking(FxRobot robot) throws Exception {
        Path mine = dir.resolve("mine.png");
        Files.writeString(mine, "my own file");
        replace = false;
        UiTestSupport.interact(() -> {
            dialog.model().fileProperty().set(mine.toString());
            dialog.save();
        });
        assertEquals(List.of(mine), asked);
        assertEquals("my own file", Files.readString(mine));
        assertTrue(dialog.status().contains("was kept"), dialog.status());
        replace = true;
        UiTestSupport.interact(dialog::save);
        assertEquals(2, asked.size());
        assertEquals(1920, ImageIO.read(mine.toFile()).getWidth());
    }

    @Test
    void anUnwritablePathIsReportedAndNothingIsLost(FxRobot robot) throws Exception {
        Path missing = dir.resolve("no/such/folder/a.png");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        UiTestSupport.interact(() -> {
            dialog.model().titleProperty().set("My careful title");
            dialog.model().fileProperty().set(missing.toString());
            dialog.save();
        });
        assertTrue(
                dialog.status().startsWith("Could not save") && dialog.status().contains("does not exist"),
                dialog.status());
        assertFalse(Files.exists(missing));
        UiTestSupport.interact(() -> {
            dialog.model().fileProperty().set(file.resolve("a.png").toString());
            dialog.save();
        });
        assertTrue(dialog.status().startsWith("Could not save"), dialog.status());
        assertTrue(dialog.isShowing(), "the dialog stays open");
        assertEquals("My careful title", dialog.model().titleProperty().get(), "settings kept");
        assertEquals(List.of(), asked);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no stray temporary files");
        }
    }

    @Test
    void copyPutsAnImageOnTheClipboard(FxRobot robot) {
        UiTestSupport.interact(() -> {
            dialog.model().widthProperty().set(300);
            dialog.model().heightProperty().set(200);
            dialog.copy();
        });
        ClipboardContent content = clipboard.get();
        assertNotNull(content);
        assertTrue(content.hasImage());
        assertTrue(content.containsKey(DataFormat.IMAGE));
        assertEquals(300, content.getImage().getWidth());
        assertTrue(dialog.status().startsWith("Copied"), dialog.status());
        // Monocle's system clipboard accepts the same content and reports an image.
        boolean system = HeadlessFx.call(() -> {
            Clipboard.getSystemClipboard().setContent(content);
            return Clipboard.getSystemClipboard().hasContent(DataFormat.IMAGE);
        });
        assertTrue(system, "the system clipboard holds an image");
    }

    @Test
    void settingsAndTheLastFolderAreKept(FxRobot robot) {
        UiTestSupport.interact(() -> {
            dialog.model().whatProperty().set(ExportContent.MAP_DOSSIER);
            dialog.model().widthProperty().set(ExportPreset.SQUARE.width());
            dialog.model().heightProperty().set(ExportPreset.SQUARE.height());
            dialog.model().scaleProperty().set(2);
            dialog.model().decorationProperty(Decoration.LEGEND).set(false);
            dialog.close();
        });
        ExportSettings kept = ExportSettings.load(store);
        assertEquals(ExportContent.MAP_DOSSIER, kept.what());
        assertEquals(1080, kept.width());
        assertEquals(2, kept.scale());
        assertFalse(kept.decorations().contains(Decoration.LEGEND));
        assertEquals(dir.toString(), kept.folder());
        // Without a selection the dossier cannot be shown; the map is chosen instead.
        AtlasState nothingSelected = new AtlasState(state.contentProperty().get());
        ExportDialogModel again = new ExportDialogModel(nothingSelected, () -> new Viewport(46, 127, 5), kept);
        assertEquals(ExportContent.MAP, again.whatProperty().get());
        assertEquals(
                dir.resolve("longjiang-atlas.png").toString(),
                again.fileProperty().get());
    }

    @Test
    void javaPreferencesKeepTheSettingsUnderTheirOwnNode() throws Exception {
        Preferences node = Preferences.userRoot()
                .node("/org/longjiang/atlas/test-" + ProcessHandle.current().pid());
        try {
            SettingsStore prefs = SettingsStore.preferences(node);
            new ExportSettings(
                            ExportContent.WINDOW, 800, 600, 4, EnumSet.of(Decoration.TITLE), ExportFormat.SVG, "/tmp")
                    .save(prefs);
            ExportSettings back = ExportSettings.load(SettingsStore.preferences(node));
            assertEquals(
                    new ExportSettings(
                            ExportContent.WINDOW, 800, 600, 4, Set.of(Decoration.TITLE), ExportFormat.SVG, "/tmp"),
                    back);
        } finally {
            node.removeNode();
        }
        assertEquals(
                ExportSettings.DEFAULTS.width(),
                ExportSettings.load(SettingsStore.inMemory()).width());
    }
}
