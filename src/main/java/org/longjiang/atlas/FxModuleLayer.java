package org.longjiang.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * JavaFX supports itself only as named modules, and warns ("Unsupported JavaFX configuration")
 * when its classes come from the class path — which is where {@code java -jar} puts everything.
 * The runnable jar therefore carries its platform's JavaFX modules exploded under
 * {@code META-INF/javafx/<module>/}, and this class starts the atlas again in a module layer made
 * of those modules and of the jar itself as an automatic module. The layer gives the atlas's
 * module the access that {@code --add-exports}/{@code --add-opens} would (ControlsFX and the
 * Monocle headless platform use JavaFX internals, as they do on the class path).
 */
final class FxModuleLayer {
    private static final String PREFIX = "META-INF/javafx/";
    private static final String MODULE_INFO = "module-info.class";

    private FxModuleLayer() {}

    /**
     * Runs {@code mainClass.main(args)} inside the layer and returns true; returns false when
     * there is nothing to do: JavaFX is already a named module (an application image, {@code
     * javafx:run}), we already are in the layer, or we run from a classes folder (tests, an IDE).
     */
    static boolean relaunch(Class<?> mainClass, String[] args) throws Throwable {
        if (mainClass.getModule().isNamed()
                || ModuleLayer.boot().findModule("javafx.graphics").isPresent()) return false;
        Path jar = ownJar(mainClass);
        if (jar == null) return false;
        JarFile file = new JarFile(jar.toFile());
        Map<String, FxModule> fx = fxModules(file, jar.toUri());
        if (fx.isEmpty()) {
            file.close();
            return false;
        }
        ModuleFinder atlasFinder = ModuleFinder.of(jar);
        String atlas = atlasFinder.findAll().iterator().next().descriptor().name();
        ModuleFinder finder = ModuleFinder.compose(new FxFinder(fx.values()), atlasFinder);
        Set<String> roots = new HashSet<>(fx.keySet());
        roots.add(atlas);
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
        ModuleLayer.Controller layer = ModuleLayer.defineModulesWithOneLoader(
                cf, List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader());
        Module atlasModule = layer.layer().findModule(atlas).orElseThrow();
        for (FxModule m : fx.values()) {
            Module module = layer.layer().findModule(m.name()).orElseThrow();
            for (String pn : m.packages()) {
                layer.addExports(module, pn, atlasModule);
                layer.addOpens(module, pn, atlasModule);
            }
        }
        ClassLoader loader = layer.layer().findLoader(atlas);
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> main = loader.loadClass(mainClass.getName());
        MethodHandles.publicLookup()
                .findStatic(main, "main", MethodType.methodType(void.class, String[].class))
                .invoke((Object) args);
        return true;
    }

    private static Path ownJar(Class<?> mainClass) throws URISyntaxException {
        CodeSource source = mainClass.getProtectionDomain().getCodeSource();
        if (source == null) return null;
        Path path = Path.of(source.getLocation().toURI());
        return Files.isRegularFile(path) ? path : null;
    }

    /** JavaFX's modules in the jar, each with its packages (its module-info lists no packages). */
    private static Map<String, FxModule> fxModules(JarFile file, URI location) throws IOException {
        Map<String, Set<String>> packages = new TreeMap<>();
        Map<String, Set<String>> entries = new HashMap<>();
        for (JarEntry e : Collections.list(file.entries())) {
            String name = e.getName();
            if (!name.startsWith(PREFIX) || e.isDirectory()) continue;
            String rest = name.substring(PREFIX.length());
            int slash = rest.indexOf('/');
            if (slash < 0) continue;
            String module = rest.substring(0, slash), inside = rest.substring(slash + 1);
            entries.computeIfAbsent(module, k -> new HashSet<>()).add(inside);
            int last = inside.lastIndexOf('/');
            Set<String> pkgs = packages.computeIfAbsent(module, k -> new HashSet<>());
            if (last > 0 && inside.endsWith(".class"))
                pkgs.add(inside.substring(0, last).replace('/', '.'));
        }
        Map<String, FxModule> modules = new TreeMap<>();
        for (var m : packages.entrySet()) {
            JarEntry info = file.getJarEntry(PREFIX + m.getKey() + "/" + MODULE_INFO);
            if (info == null) continue;
            ModuleDescriptor descriptor;
            try (InputStream in = file.getInputStream(info)) {
                descriptor = ModuleDescriptor.read(in, m::getValue);
            }
            modules.put(
                    descriptor.name(),
                    new FxModule(descriptor, file, PREFIX + m.getKey() + "/", entries.get(m.getKey()), location));
        }
        return modules;
    }

    private record FxModule(
            ModuleDescriptor descriptor, JarFile file, String prefix, Set<String> entries, URI location) {
        String name() {
            return descriptor.name();
        }

        Set<String> packages() {
            return descriptor.packages();
        }

        ModuleReference reference() {
            return new ModuleReference(descriptor, location) {
                @Override
                public ModuleReader open() {
                    return new FxReader(FxModule.this);
                }
            };
        }
    }

    /** Reads one JavaFX module's classes and resources from its folder in the jar. */
    private record FxReader(FxModule module) implements ModuleReader {
        @Override
        public Optional<URI> find(String name) {
            if (!module.entries().contains(name)) return Optional.empty();
            return Optional.of(URI.create("jar:" + module.location() + "!/" + module.prefix() + name));
        }

        @Override
        public Optional<InputStream> open(String name) throws IOException {
            if (!module.entries().contains(name)) return Optional.empty();
            return Optional.of(module.file().getInputStream(module.file().getJarEntry(module.prefix() + name)));
        }

        @Override
        public Optional<ByteBuffer> read(String name) throws IOException {
            Optional<InputStream> in = open(name);
            if (in.isEmpty()) return Optional.empty();
            try (InputStream s = in.get()) {
                return Optional.of(ByteBuffer.wrap(s.readAllBytes()));
            }
        }

        @Override
        public Stream<String> list() {
            return module.entries().stream();
        }

        @Override
        public void close() {
            // The jar stays open while the atlas runs: its classes load from it on demand.
        }
    }

    private record FxFinder(Map<String, ModuleReference> references) implements ModuleFinder {
        FxFinder(Collection<FxModule> modules) {
            this(modules.stream().collect(Collectors.toMap(FxModule::name, FxModule::reference)));
        }

        @Override
        public Optional<ModuleReference> find(String name) {
            return Optional.ofNullable(references.get(name));
        }

        @Override
        public Set<ModuleReference> findAll() {
            return Set.copyOf(references.values());
        }
    }
}
