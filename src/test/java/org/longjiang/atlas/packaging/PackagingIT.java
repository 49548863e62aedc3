package org.longjiang.atlas.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./mvnw -Pinstaller verify} built, checked as a user's machine would meet it. Slow
 * (it starts the application and builds a second jar), so it runs in the installer profile
 * (maven-failsafe), not in the everyday suite.
 */
class PackagingIT {
    private static final Path TARGET = Path.of("target");
    private static final Path INSTALLER = TARGET.resolve("installer");
    private static final String WARNING = "Unsupported JavaFX configuration";

    private record Run(int code, String output) {}

    private static Run run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "still running: " + cmd);
        return new Run(p.exitValue(), output);
    }

    private static Path launcher() {
        Packager.Os os = Packager.Os.current();
        Path image = INSTALLER.resolve("image").resolve(os.imageName());
        return switch (os) {
            case LINUX -> image.resolve("bin").resolve("longjiang-atlas");
            case WINDOWS -> image.resolve("Longjiang Atlas.exe");
            case MAC -> image.resolve("Contents").resolve("MacOS").resolve("Longjiang Atlas");
        };
    }

    @Test
    void theApplicationImageChecksTheDataThroughItsLauncher() throws Exception {
        Run check = run(List.of(launcher().toString(), "check"));
        assertEquals(0, check.code(), check.output());
        assertTrue(check.output().contains("155 places, 51 links"), check.output());
        assertTrue(check.output().contains("; 0 problems"), check.output());
        assertFalse(check.output().contains(WARNING), check.output());
    }

    @Test
    void theApplicationImageStartsJavaFxHeadlessWithItsOwnRuntime() throws Exception {
        Path png = INSTALLER.resolve("it-export.png");
        Files.deleteIfExists(png);
        Run export = run(List.of(launcher().toString(), "export", "--view", "heihe", "--out", png.toString()));
        assertEquals(0, export.code(), export.output());
        assertFalse(export.output().contains(WARNING), export.output());
        assertTrue(Files.size(png) > 100_000, "a map, not an empty image");
    }

    @Test
    void theRuntimeCarriesJavaFxAndItsClassArchive() {
        Path runtime = INSTALLER.resolve("runtime");
        Packager.Os os = Packager.Os.current();
        assertTrue(Files.isRegularFile(
                        runtime.resolve(os.nativeDir()).resolve("server").resolve("classes.jsa"))
                || Files.isRegularFile(runtime.resolve("lib").resolve("server").resolve("classes.jsa")));
        assertTrue(Files.isRegularFile(runtime.resolve("release")));
    }

    @Test
    void theRunnableJarStartsJavaFxWithoutTheWarning() throws Exception {
        Path jar = TARGET.resolve("longjiang-atlas-" + System.getProperty("javafx.host.platform") + ".jar");
        Path png = INSTALLER.resolve("it-jar-export.png");
        Files.deleteIfExists(png);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run export = run(List.of(java, "-jar", jar.toString(), "export", "--view", "harbin", "--out", png.toString()));
        assertEquals(0, export.code(), export.output());
        assertFalse(export.output().contains(WARNING), export.output());
        Run list = run(List.of(java, "-jar", jar.toString(), "list", "tours"));
        assertEquals(0, list.code(), list.output());
        assertFalse(list.output().contains(WARNING), list.output());
    }

    @Test
    void theDebNamesTheLibrariesJavaFxNeedsAndRegistersTourFiles() throws Exception {
        assumeTrue(Packager.Os.current() == Packager.Os.LINUX, ".deb packages are made on Linux");
        Path deb;
        try (Stream<Path> files = Files.list(INSTALLER)) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Run depends = run(List.of("dpkg-deb", "-f", deb.toString(), "Depends"));
        assertEquals(0, depends.code(), depends.output());
        List<String> packages = List.of(depends.output().trim().split(",\\s*"));
        // GTK 3 for the window (libglassgtk3), OpenGL for the ES2 pipeline, X11 and XTest for glass,
        // xdg-utils for the desktop entry and the tour-file type.
        for (String needed : List.of("libgtk-3-0", "libgl1", "libx11-6", "libxtst6", "libc6", "xdg-utils"))
            assertTrue(packages.contains(needed), needed + " missing from " + packages);
        Path root = INSTALLER.resolve("it-deb");
        Packager.deleteTree(root);
        assertEquals(
                0,
                run(List.of("dpkg-deb", "-x", deb.toString(), root.toString())).code());
        Path lib = root.resolve("opt/longjiang-atlas/lib");
        String desktop = Files.readString(lib.resolve("longjiang-atlas-longjiang-atlas.desktop"));
        assertTrue(desktop.contains("Exec=/opt/longjiang-atlas/bin/longjiang-atlas %f"), desktop);
        assertTrue(desktop.contains("MimeType=" + Packager.TOUR_MIME), desktop);
        assertTrue(desktop.contains("Icon=/opt/longjiang-atlas/lib/longjiang-atlas.png"), desktop);
        String mime = Files.readString(lib.resolve("longjiang-atlas-longjiang-atlas-MimeInfo.xml"));
        assertTrue(mime.contains("<glob pattern=\"*." + Packager.TOUR_EXTENSION + "\">"), mime);
        assertTrue(Files.isRegularFile(root.resolve("opt/longjiang-atlas/lib/runtime/lib/server/classes.jsa")));
    }

    /** A jar for Windows built here, by a second build into its own folder: it must carry Windows's JavaFX. */
    @Test
    void aWindowsJarBuiltHereCarriesTheWindowsJavaFxLibraries() throws Exception {
        Path dir = TARGET.resolve("platform-win").toAbsolutePath();
        boolean windows = Packager.Os.current() == Packager.Os.WINDOWS;
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(windows ? "mvnw.cmd" : "mvnw").toAbsolutePath().toString(),
                "-B",
                "-q",
                "package",
                "-DskipTests",
                "-Dspotless.check.skip=true",
                "-Djavafx.platform=win",
                "-Datlas.build.directory=" + dir));
        Run build = run(cmd);
        assertEquals(0, build.code(), build.output());
        try (JarFile jar = new JarFile(dir.resolve("longjiang-atlas-win.jar").toFile())) {
            List<String> names = Collections.list(jar.entries()).stream()
                    .map(JarEntry::getName)
                    .toList();
            for (String dll : List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll"))
                assertTrue(names.contains("META-INF/javafx/javafx.graphics/" + dll), dll);
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".so") || n.endsWith(".dylib")));
            Properties info = new Properties();
            info.load(jar.getInputStream(jar.getEntry("org/longjiang/atlas/build-info.properties")));
            assertEquals("win", info.getProperty("platform"));
        }
    }
}
