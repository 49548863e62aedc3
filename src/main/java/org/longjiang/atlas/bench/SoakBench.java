package org.longjiang.atlas.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.AtlasViews;
import org.longjiang.atlas.app.MainWindow;
import org.longjiang.atlas.app.detail.ChartImage;
import org.longjiang.atlas.app.export.Decoration;
import org.longjiang.atlas.app.export.ExportContent;
import org.longjiang.atlas.app.export.ExportFormat;
import org.longjiang.atlas.app.export.ExportRenderer;
import org.longjiang.atlas.app.export.ExportRequest;
import org.longjiang.atlas.app.map.TileService;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.NodeImages;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.app.ui.TextFileSaver;
import org.longjiang.atlas.core.basemap.BasemapData;
import org.longjiang.atlas.core.basemap.ViewRenderer;
import org.longjiang.atlas.core.dossier.Dossier;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.dossier.FactSheet;
import org.longjiang.atlas.core.dossier.FactSheetHtml;
import org.longjiang.atlas.core.dossier.FactSheetMarkdown;
import org.longjiang.atlas.core.geo.Framing;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.query.ChartSpec;

/**
 * A long session in one JVM, to show that nothing accumulates. Two phases of N rounds each:
 * <ol>
 *   <li>the command-line path (no tiles: the export draws its own basemap): load the data, export
 *       a 640×400 PNG, write a Markdown and an HTML fact sheet (with charts);
 *   <li>the window: select a subject (its dossier opens), change the year, the language, take a
 *       tour step, lay out and render the window; and every tenth round export and write a fact
 *       sheet from the window's content.
 * </ol>
 * Retained heap (used after full GCs, less the tile cache's bounded budget; the window put back in
 * one state first) is printed after a warm-up and ten times along the way; the verdict compares the
 * floors of the two halves.
 */
final class SoakBench {
    static final int ITERATIONS = 1000;
    /** Two cycles of the 8 subjects × 3 languages, so every glyph, style and chart kind has been seen once. */
    private static final int WARM_UP = 48;

    private static final long FLAT_BYTES = 10L << 20;
    private static final List<String> SUBJECTS =
            List.of("heihe", "harbin", "suifenhe", "heilongjiang", "russia", "manzhouli", "tongjiang", "dongning");
    private static final List<String> LANGUAGES = List.of("en", "zh", "ru");

    private SoakBench() {}

    /**
     * Runs the soak in a fresh JVM whose collections clear soft references too: JavaFX and Gluon
     * keep images softly, which a full GC keeps while the heap has room, and they would read as
     * growth though any memory pressure frees them.
     */
    static void inChildJvm(PrintStream out, int rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-XX:SoftRefLRUPolicyMSPerMB=0",
                        // A cache full after the warm-up: filling up to its fixed budget is not growth.
                        "-Datlas.tileCacheMiB=" + Long.getLong("atlas.tileCacheMiB", 16),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.longjiang.atlas.Launcher",
                        Bench.CHILD,
                        "soak",
                        String.valueOf(rounds))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(p.getInputStream(), Charset.defaultCharset()))) {
            for (String line; (line = r.readLine()) != null; ) out.println(line);
        }
        if (p.waitFor() != 0) throw new IllegalStateException("the soak's JVM failed (exit " + p.exitValue() + ")");
    }

    static void run(PrintStream out, int rounds) throws Exception {
        HeadlessFx.start();
        // As the export command does: its maps never show tiles.
        TileService.shared().declineTiles();
        BasemapData basemap = BasemapData.loadBundled();
        ViewRenderer ground = new ViewRenderer(basemap);
        Path dir = Files.createTempDirectory("atlas-soak-");
        try {
            phase(
                    out,
                    "command line: load + export 640×400 + fact sheet (md; html with charts every 10th)",
                    rounds,
                    i -> {
                        LoadResult content = AtlasLoader.loadBundled();
                        exportAndFactSheet(content, ground, i, dir);
                    },
                    () -> {});
            TileService.shared().useBasemap(basemap);
            LoadResult content = AtlasLoader.loadBundled();
            MainWindow window = HeadlessFx.call(() -> {
                MainWindow w = AtlasApp.build(TaskRunner.synchronous(), content);
                new Scene(w, 1440, 900);
                return w;
            });
            Tour tour = content.atlas().tours().iterator().next();
            phase(
                    out,
                    "window: select + year + language + tour step (every 10th: render, export, fact sheets)",
                    rounds,
                    i -> {
                        HeadlessFx.call(() -> {
                            window.state().select(SUBJECTS.get(i % SUBJECTS.size()));
                            window.state().setYear(i % 4 == 0 ? null : 2006 + i % 15);
                            window.state().setLanguage(LANGUAGES.get(i % LANGUAGES.size()));
                            if (i % tour.stops().size() == 0) window.tours().start(tour);
                            else window.tours().next();
                            window.applyCss();
                            window.layout();
                            if (i % 10 == 0) NodeImages.snapshot(window, 1440, 900, 1);
                            return null;
                        });
                        if (i % 10 == 0) exportAndFactSheet(content, ground, i, dir);
                    },
                    () -> HeadlessFx.call(() -> {
                        // The same state at every measurement: the province's dossier is far larger than a town's.
                        window.tours().stop();
                        window.state().clearSelection();
                        window.state().setYear(null);
                        window.state().setLanguage("en");
                        window.applyCss();
                        window.layout();
                        return null;
                    }));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private interface Round {
        void run(int i) throws Exception;
    }

    /**
     * Runs the rounds and measures ten times along the way. What a long session retains is the floor
     * of those measurements: between them the heap also holds what the last rounds happen to have
     * open (a large dossier's charts, a rendered frame), which comes and goes by tens of MB. The
     * growth is the floor of the last five measurements less the floor of the first five: in the
     * window the heap still rises once during the first hundred rounds after the warm-up, while the
     * cycle of subjects, languages and years completes.
     */
    private static void phase(PrintStream out, String name, int rounds, Round round, Runnable settle) throws Exception {
        for (int i = 0; i < WARM_UP; i++) round.run(i);
        long[] at = new long[11];
        at[0] = retained(settle);
        long t0 = System.nanoTime();
        out.printf("soak, %s: retained heap after the warm-up of %d rounds %.1f MB%n", name, WARM_UP, mb(at[0]));
        int every = Math.max(1, rounds / 10);
        int k = 1;
        for (int i = 0; i < rounds; i++) {
            round.run(WARM_UP + i);
            if ((i + 1) % every == 0 && k <= 10) {
                at[k] = retained(settle);
                out.printf("  after %d rounds: %.1f MB%n", i + 1, mb(at[k++]));
            }
        }
        for (; k <= 10; k++) at[k] = at[k - 1]; // fewer than ten rounds
        long first = Arrays.stream(at, 1, 6).min().orElseThrow();
        long last = Arrays.stream(at, 6, 11).min().orElseThrow();
        out.printf(
                "  floor of the first half %.1f MB, of the second half %.1f MB: growth %+.1f MB (%s; limit 10 MB);"
                        + " tile cache %.0f MB besides (bounded); %.0f ms a round%n",
                mb(first),
                mb(last),
                mb(last - first),
                last - first < FLAT_BYTES ? "flat" : "GROWING",
                mb(TileService.shared().cachedBytes()),
                (System.nanoTime() - t0) / 1e6 / rounds);
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    /**
     * Heap in use after full collections, less the tile cache: what the session holds on to beyond
     * the cache, which fills up to its fixed budget as new places are seen and is bounded by design.
     */
    private static long retained(Runnable settle) {
        settle.run();
        // Work queued on the FX thread (a pulse, a listener's runLater) finishes and lets go of what it holds.
        HeadlessFx.call(() -> null);
        HeadlessFx.call(() -> null);
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used - TileService.shared().cachedBytes();
    }

    /** An export, a Markdown fact sheet, and every tenth time an HTML one with its charts drawn. */
    private static void exportAndFactSheet(LoadResult content, ViewRenderer ground, int i, Path dir)
            throws IOException {
        Atlas atlas = content.atlas();
        String subject = SUBJECTS.get(i % SUBJECTS.size());
        String lang = LANGUAGES.get(i % LANGUAGES.size());
        ExportRequest request = new ExportRequest(
                ExportContent.MAP,
                Framing.of(atlas, atlas.subject(subject).orElseThrow(), 640, 400),
                Optional.of(subject),
                subject,
                640,
                400,
                1,
                lang,
                Decoration.all(),
                Set.of(),
                i % 2 == 0 ? Optional.empty() : Optional.of(2016));
        ExportRenderer renderer = new ExportRenderer(content, ground, new AtlasViews());
        ExportRenderer.write(renderer.draw(request), ExportFormat.PNG, dir.resolve("soak.png"));
        DossierBuilder model = new DossierBuilder(atlas);
        Dossier dossier = model.dossier(subject, lang).orElseThrow();
        List<FactSheet.Block> blocks = FactSheet.of(model, dossier, lang);
        TextFileSaver.write(dir.resolve("sheet.md"), FactSheetMarkdown.render(blocks, lang));
        if (i % 10 != 0) return;
        TextFileSaver.write(
                dir.resolve("sheet.html"),
                FactSheetHtml.render(blocks, lang, spec -> Optional.of(chart(model, spec, lang))));
    }

    private static String chart(DossierBuilder model, ChartSpec spec, String lang) {
        var chart = HeadlessFx.call(() -> ChartImage.prepare(model, spec, lang, 760, 340));
        var image = NodeImages.snapshot(chart, 760, (int) Math.ceil(chart.getHeight()), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
