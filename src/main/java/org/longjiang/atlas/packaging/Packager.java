package org.longjiang.atlas.packaging;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.longjiang.atlas.core.io.TourFiles;

/**
 * {@code ./mvnw -Pinstaller package}: the runnable jar made into an application with its own
 * trimmed runtime (jlink) and, on the machine's own platform, an installer (jpackage: .deb on
 * Linux, .msi on Windows, .dmg on macOS). JavaFX goes into the runtime as named modules, its
 * native libraries where JavaFX looks first; the atlas's jar goes on the class path. The runtime
 * gets a CDS archive of the classes a start loads from it, dumped at build time.
 *
 * <p>Runs inside Maven (exec:java), with the JDK's own jlink and jpackage (ToolProvider): no
 * paths to executables, the same on every platform. Arguments: the runnable jar, the output
 * folder, the version, and {@code app-image} or {@code installer}.
 */
public final class Packager {
    static final String MAIN_CLASS = "org.longjiang.atlas.Launcher";
    static final String JAR = "longjiang-atlas.jar";
    static final String TOUR_EXTENSION = TourFiles.EXTENSION;
    static final String TOUR_MIME = "application/x-longjiang-tour";
    private static final String FX_PREFIX = "META-INF/javafx/";
    /** Everything the atlas and its libraries use from the JDK; JavaFX's own needs are added by jlink. */
    static final List<String> JDK_MODULES = List.of(
            "java.base",
            "java.desktop",
            "java.logging",
            "java.management",
            "java.prefs",
            "java.sql",
            "jdk.charsets",
            "jdk.localedata",
            "jdk.unsupported");
    /**
     * What ControlsFX and the Monocle headless platform (the export command) reach inside JavaFX;
     * on the class path they are in the unnamed module.
     */
    static final List<String> JAVA_OPTIONS = List.of(
            "-Dprism.lcdtext=false",
            "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
            "--add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED",
            "--add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED");

    private final Path fatJar;
    private final Path out;
    private final String version;
    private final Os os = Os.current();

    Packager(Path fatJar, Path out, String version) {
        this.fatJar = fatJar;
        this.out = out;
        this.version = version;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4 || !Set.of("app-image", "installer").contains(args[3]))
            throw new IllegalArgumentException("usage: Packager RUNNABLE-JAR OUT-DIR VERSION app-image|installer");
        Packager p = new Packager(Path.of(args[0]), Path.of(args[1]), args[2]);
        Path image = p.appImage();
        if (args[3].equals("installer")) p.installer(image);
    }

    /** The application image: its folder (Linux, Windows) or bundle (macOS). */
    Path appImage() throws IOException, InterruptedException {
        deleteTree(out);
        Path modules = out.resolve("javafx-modules"), natives = out.resolve("javafx-natives");
        Path input = out.resolve("input"), runtime = out.resolve("runtime"), icons = out.resolve("icons");
        splitJar(modules, natives, input.resolve(JAR));
        IconFiles.writeAll(icons);
        List<String> fx;
        try (Stream<Path> s = Files.list(modules)) {
            fx = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (fx.isEmpty())
            throw new IOException(fatJar + " holds no JavaFX modules: build it with ./mvnw package first");
        List<String> add = new ArrayList<>(JDK_MODULES);
        add.addAll(fx);
        run(
                "jlink",
                "--module-path",
                Path.of(System.getProperty("java.home"), "jmods") + File.pathSeparator + modules,
                "--add-modules",
                String.join(",", add),
                "--include-locales=en,zh,ru",
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--compress=2",
                "--output",
                runtime.toString());
        copyNatives(natives, runtime.resolve(os.nativeDir()));
        dumpClassArchive(runtime, input.resolve(JAR));
        List<String> cmd = new ArrayList<>(List.of(
                "--type",
                "app-image",
                "--dest",
                out.resolve("image").toString(),
                "--input",
                input.toString(),
                "--main-jar",
                JAR,
                "--main-class",
                MAIN_CLASS,
                "--runtime-image",
                runtime.toString()));
        cmd.addAll(common(icons));
        for (String option : JAVA_OPTIONS) cmd.addAll(List.of("--java-options", option));
        run("jpackage", cmd.toArray(String[]::new));
        return out.resolve("image").resolve(os.imageName());
    }

    /** The platform's installer, made from the application image, with the tour-file association. */
    void installer(Path image) throws IOException, InterruptedException {
        Path associations = out.resolve("tour-files.properties");
        Files.writeString(
                associations,
                String.join(
                        "\n",
                        "extension=" + TOUR_EXTENSION,
                        "mime-type=" + TOUR_MIME,
                        "description=Longjiang Atlas tour",
                        "icon="
                                + out.resolve("icons")
                                        .resolve(os.iconFile())
                                        .toString()
                                        .replace('\\', '/'),
                        ""),
                StandardCharsets.ISO_8859_1);
        List<String> cmd = new ArrayList<>(List.of(
                "--type", os.installerType(),
                "--app-image", image.toString(),
                "--dest", out.toString(),
                "--file-associations", associations.toString(),
                "--license-file", Path.of("LICENSE").toAbsolutePath().toString()));
        cmd.addAll(common(out.resolve("icons")));
        cmd.addAll(os.installerOptions());
        if (os == Os.LINUX) cmd.addAll(List.of("--resource-dir", desktopEntry().toString()));
        run("jpackage", cmd.toArray(String[]::new));
    }

    /**
     * jpackage's own desktop entry starts the launcher without the file the user opened; this one
     * passes it ({@code %f}), so a double-clicked tour file starts the tour. The capital words are
     * jpackage's placeholders, filled in as for its own template.
     */
    private Path desktopEntry() throws IOException {
        Path dir = out.resolve("resources");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve(Os.LINUX.imageName() + ".desktop"),
                String.join(
                        "\n",
                        "[Desktop Entry]",
                        "Name=Longjiang Atlas",
                        "GenericName=Atlas",
                        "Comment=APPLICATION_DESCRIPTION",
                        "Exec=APPLICATION_LAUNCHER %f",
                        "Icon=APPLICATION_ICON",
                        "Terminal=false",
                        "Type=Application",
                        "Categories=DEPLOY_BUNDLE_CATEGORY",
                        "DESKTOP_MIMES",
                        ""),
                StandardCharsets.UTF_8);
        return dir;
    }

    private List<String> common(Path icons) {
        return List.of(
                "--name",
                os.imageName().replaceFirst("\\.app$", ""),
                "--app-version",
                os.appVersion(version),
                "--vendor",
                "Longjiang Atlas project",
                "--copyright",
                "GPL-3.0-or-later",
                "--description",
                "Desktop atlas of the Longjiang Silk Road Belt",
                "--icon",
                icons.resolve(os.iconFile()).toString());
    }

    /**
     * Splits the runnable jar: JavaFX's modules (exploded, for jlink) and their native libraries
     * apart, everything else into the application's jar, with the runnable jar's entry times.
     */
    private void splitJar(Path modules, Path natives, Path appJar) throws IOException {
        Files.createDirectories(appJar.getParent());
        try (JarFile jar = new JarFile(fatJar.toFile());
                ZipOutputStream app = new ZipOutputStream(Files.newOutputStream(appJar))) {
            for (JarEntry e : Collections.list(jar.entries())) {
                String name = e.getName();
                if (!name.startsWith(FX_PREFIX)) {
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(e.getTime());
                    app.putNextEntry(copy);
                    try (InputStream in = jar.getInputStream(e)) {
                        in.transferTo(app);
                    }
                    app.closeEntry();
                    continue;
                }
                if (e.isDirectory()) continue;
                String inModule = name.substring(FX_PREFIX.length());
                boolean nativeLib =
                        !inModule.substring(inModule.indexOf('/') + 1).contains("/")
                                && inModule.matches(".*\\.(so|dll|dylib)$");
                Path target = nativeLib
                        ? natives.resolve(inModule.substring(inModule.indexOf('/') + 1))
                        : modules.resolve(inModule);
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(e)) {
                    Files.copy(in, target);
                }
            }
        }
    }

    private static void copyNatives(Path natives, Path into) throws IOException {
        if (!Files.isDirectory(natives)) return;
        try (Stream<Path> libs = Files.list(natives)) {
            for (Path lib : libs.toList()) Files.copy(lib, into.resolve(lib.getFileName()));
        }
    }

    /**
     * Runs one headless start of the atlas on the new runtime, listing the classes it loads, then
     * archives those that come from the runtime (the JDK and JavaFX) as the runtime's default CDS
     * archive. The atlas's own jar stays out: JDK 17 uses archived class-path classes only when the
     * class path is exactly the one of the dump, and an installed application lives elsewhere.
     */
    private void dumpClassArchive(Path runtime, Path appJar) throws IOException, InterruptedException {
        Path java = runtime.resolve("bin").resolve(os.javaExecutable());
        Path classList = out.resolve("classes.lst");
        List<String> start = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + classList));
        start.addAll(JAVA_OPTIONS);
        start.addAll(List.of("-cp", appJar.toString(), MAIN_CLASS, "bench-start-child", "full"));
        exec(start);
        exec(List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList));
    }

    private void exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0)
            throw new IOException(String.join(" ", cmd) + " failed:\n" + output);
    }

    /** Runs a JDK tool in this JVM; its output only appears when it fails. */
    private static void run(String tool, String... args) throws IOException {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IOException(tool + " is missing: the installer needs a full JDK 17+"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            int code = provider.run(ps, ps, args);
            if (code != 0)
                throw new IOException(tool + " " + String.join(" ", args) + " failed (" + code + "):\n"
                        + log.toString(StandardCharsets.UTF_8));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** What differs between the three platforms jpackage builds for. */
    enum Os {
        LINUX,
        WINDOWS,
        MAC;

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        String imageName() {
            return switch (this) {
                case LINUX -> "longjiang-atlas";
                case WINDOWS -> "Longjiang Atlas";
                case MAC -> "Longjiang Atlas.app";
            };
        }

        String iconFile() {
            return switch (this) {
                case LINUX -> "icon.png";
                case WINDOWS -> "icon.ico";
                case MAC -> "icon.icns";
            };
        }

        /** JavaFX looks for its native libraries in the runtime's library folder before unpacking its own. */
        String nativeDir() {
            return this == WINDOWS ? "bin" : "lib";
        }

        String javaExecutable() {
            return this == WINDOWS ? "java.exe" : "java";
        }

        String installerType() {
            return switch (this) {
                case LINUX -> "deb";
                case WINDOWS -> "msi";
                case MAC -> "dmg";
            };
        }

        /** jpackage wants numbers only; macOS also wants the first one above zero (CFBundleVersion). */
        String appVersion(String projectVersion) {
            String numbers = projectVersion.replaceFirst("-.*$", "");
            return this == MAC && numbers.startsWith("0.") ? "1" + numbers.substring(1) : numbers;
        }

        List<String> installerOptions() {
            return switch (this) {
                case LINUX ->
                    List.of(
                            "--linux-package-name",
                            "longjiang-atlas",
                            "--linux-shortcut",
                            "--linux-menu-group",
                            "Education;Geography;",
                            "--linux-app-category",
                            "education",
                            "--linux-deb-maintainer",
                            "longjiang-atlas@users.noreply.invalid");
                case WINDOWS ->
                    List.of(
                            "--win-menu",
                            "--win-menu-group",
                            "Longjiang Atlas",
                            "--win-shortcut",
                            "--win-dir-chooser",
                            // Fixed, so that a newer .msi replaces an installed older one.
                            "--win-upgrade-uuid",
                            "5d0c7b52-8f0e-4c43-9a3e-6c1f0d2b7a13");
                case MAC ->
                    List.of("--mac-package-identifier", "org.longjiang.atlas", "--mac-package-name", "Longjiang Atlas");
            };
        }
    }
}
