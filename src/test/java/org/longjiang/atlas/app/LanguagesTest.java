package org.longjiang.atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.export.ExportDialog;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Source;
import org.longjiang.atlas.testing.ShownTexts;
import org.longjiang.atlas.testing.TextOrigins;
import org.testfx.api.FxRobot;

/**
 * The whole window in every language. Under the pseudo-language every visible text must come from a
 * bundle or from the data and fit uncut (main window, Heihe's dossier, the time bar, presentation
 * mode, the export dialog); a Chinese or Russian reader meets no English word but a paper's own;
 * and switching the language relabels everything at once and keeps what the user was looking at.
 */
class LanguagesTest extends AtlasWindowFixture {
    static final String NODE =
            "/org/longjiang/atlas/test-languages-" + ProcessHandle.current().pid();
    static TextOrigins origins;

    @BeforeAll
    static void openWindow() throws Exception {
        System.setProperty("atlas.prefs.node", NODE); // the export dialog's settings, never the user's own
        open(AtlasLoader.loadBundled());
        origins = TextOrigins.of(window.state().atlas());
    }

    @AfterAll
    static void forgetSettings() throws Exception {
        System.clearProperty("atlas.prefs.node");
        Preferences.userRoot().node(NODE).removeNode();
    }

    /** The window in a language with a subject's dossier open (selected, not flown to: the map's tiles stay). */
    void show(FxRobot robot, String language, String subject, Integer year) {
        UiTestSupport.interact(() -> {
            window.state().setLanguage(language);
            window.state().select(subject);
            window.state().setYear(year);
        });
        settle();
    }

    /** Texts under {@code root} that came from neither a bundle nor the data, and labels cut short. */
    static List<String> strayAndCut(Node root) {
        List<String> wrong = new ArrayList<>();
        for (ShownTexts.Shown s : ShownTexts.of(root)) {
            // What a text field holds is the user's (a title, a file) or a command for scripts, not the atlas's words.
            if (s.how().equals("field") || s.node().getParent() instanceof TextInputControl || isInField(s.node()))
                continue;
            origins.unexplained(s.text()).ifPresent(rest -> wrong.add(s + " — not from a bundle: " + rest));
        }
        ShownTexts.truncated(root).forEach(s -> wrong.add(s.toString()));
        return wrong;
    }

    static boolean isInField(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p instanceof TextInputControl) return true;
        return false;
    }

    @Test
    void pseudoLanguageWindowAndDossier(FxRobot robot) {
        show(robot, Messages.PSEUDO, "heihe", 2016);
        assertEquals(List.of(), HeadlessFx.call(() -> strayAndCut(window)), "Heihe in 2016");
        show(robot, Messages.PSEUDO, Atlas.PROVINCE_ID, null);
        assertEquals(List.of(), HeadlessFx.call(() -> strayAndCut(window)), "the province today");
    }

    @Test
    void pseudoLanguagePresentation(FxRobot robot) {
        show(robot, Messages.PSEUDO, "heihe", null);
        UiTestSupport.interact(() -> {
            window.presentation().enter();
            window.tours().start(window.state().atlas().tours().iterator().next());
        });
        settle();
        assertEquals(List.of(), HeadlessFx.call(() -> strayAndCut(window)));
    }

    @Test
    void pseudoLanguageExportDialog(FxRobot robot) {
        show(robot, Messages.PSEUDO, "heihe", 2016);
        robot.clickOn("#export-image");
        UiTestSupport.settle();
        ExportDialog dialog = Window.getWindows().stream()
                .filter(w -> w instanceof ExportDialog && w.isShowing())
                .map(w -> (ExportDialog) w)
                .findFirst()
                .orElseThrow();
        try {
            assertEquals(
                    List.of(),
                    HeadlessFx.call(() -> strayAndCut(dialog.getScene().getRoot())));
            assertTrue(dialog.getTitle().startsWith("⟦"), dialog.getTitle());
        } finally {
            UiTestSupport.interact(dialog::close);
        }
    }

    @Test
    void aChineseOrRussianReaderMeetsNoEnglishButAPapersOwn(FxRobot robot) {
        Set<String> allowed = papersOwnWords(window.state().atlas());
        for (String lang : List.of("zh", "ru")) {
            for (String subject : List.of("heihe", Atlas.PROVINCE_ID, "mohe-daqing-oil-pipeline")) {
                show(robot, lang, subject, 2016);
                Set<String> english = HeadlessFx.call(() -> latinWords(window, allowed));
                assertEquals(Set.of(), english, lang + " " + subject);
                assertEquals(List.of(), HeadlessFx.call(() -> cut(window)), lang + " " + subject);
            }
        }
    }

    @Test
    void switchingLanguageRelabelsAtOnceAndKeepsTheView(FxRobot robot) {
        show(robot, "zh", Atlas.PROVINCE_ID, 2016);
        var vm = window.detail().viewModel();
        String card = vm.dossier().orElseThrow().tables().get(0).id();
        UiTestSupport.interact(() -> {
            vm.setOpen(card, false);
            vm.scrollProperty().set(0.4);
        });
        settle();
        UiTestSupport.interact(() -> window.state().setLanguage("ru"));
        settle();
        Messages ru = Messages.of("ru");
        assertEquals(
                ru.get("export.button"),
                robot.lookup("#export-image").queryAs(Button.class).getText());
        assertEquals(
                ru.get("about.button"),
                robot.lookup("#about").queryAs(Button.class).getText());
        assertEquals(
                ru.get("timeline.play"),
                robot.lookup("#year-play").queryAs(Button.class).getText());
        assertEquals(
                "Провинция Хэйлунцзян",
                robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertEquals(Atlas.PROVINCE_ID, window.state().selectedId().orElseThrow(), "the selection stays");
        assertEquals(2016, window.state().yearProperty().get(), "the year stays");
        assertEquals(false, vm.isOpen(card, 0), "a card the user closed stays closed");
        assertEquals(0.4, vm.scrollProperty().get(), 1e-9, "the dossier keeps its scroll");
        assertEquals("ru", ((ChoiceBox<?>) window.lookup("#language")).getValue());
    }

    static List<String> cut(Node root) {
        return ShownTexts.truncated(root).stream()
                .map(ShownTexts.Shown::toString)
                .toList();
    }

    /** Words of Latin letters in the shown texts that no paper's own title, author, journal or heading holds. */
    static Set<String> latinWords(Node root, Set<String> allowed) {
        Set<String> out = new TreeSet<>();
        for (ShownTexts.Shown s : ShownTexts.of(root)) {
            Matcher m = WORD.matcher(s.text());
            while (m.find()) if (!allowed.contains(m.group())) out.add(m.group() + " (" + s + ")");
        }
        return out;
    }

    static final Pattern WORD = Pattern.compile("\\p{IsLatin}{2,}");

    /**
     * What a reader may meet in English: a paper's own words (title, authors, journal, its section
     * headings), the names the data gives in pinyin, and the names of the languages and file formats.
     */
    static Set<String> papersOwnWords(Atlas atlas) {
        List<String> texts = new ArrayList<>(List.of(
                // the names of the languages, of file formats, citation styles and the Home key
                "English PNG CSV GeoJSON GEOJSON JSON APA GB Home",
                // the basemap's sources and licences, named as they name themselves; a DOI link
                "Natural Earth GSHHG Wessel Smith LGPL World Atlas TopoJSON Mike Bostock ISC https doi org"));
        for (var s : atlas.sources()) {
            if (s.ownTitle()) texts.add(s.title().en());
            texts.addAll(s.authors());
            s.container().ifPresent(texts::add);
            s.publisher().ifPresent(texts::add);
            s.url().ifPresent(texts::add);
            s.doi().ifPresent(texts::add);
        }
        atlas.places().forEach(p -> texts.add(p.names().in("pinyin")));
        // Names a translator kept in Latin letters (a company, "ZOL", "GDP")
        TextOrigins.dataTexts("zh", "ru").forEach(texts::add);
        List<Citation> cites = new ArrayList<>();
        atlas.places().forEach(p -> cites.addAll(p.sources()));
        atlas.links().forEach(l -> cites.addAll(l.sources()));
        atlas.events().forEach(e -> cites.addAll(e.sources()));
        atlas.notes().forEach(n -> cites.addAll(n.sources()));
        atlas.series().forEach(s -> cites.add(s.source()));
        atlas.links().forEach(l -> l.figures().forEach(f -> f.source().ifPresent(cites::add)));
        cites.stream()
                .filter(c -> !c.sourceId().equals(Source.GENERAL_KNOWLEDGE))
                .forEach(c -> c.section().ifPresent(texts::add));
        Set<String> words = new TreeSet<>();
        texts.forEach(t -> {
            Matcher m = WORD.matcher(t);
            while (m.find()) words.add(m.group());
        });
        return words;
    }
}
