package org.longjiang.atlas.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads and links, on a daemon thread of its own, the classes the FX thread needs to build and show
 * the window (listed in {@code startup/classes.txt}), so that the other core reads, defines and
 * verifies them while the FX thread waits for the data and builds. Classes are not initialised: static
 * initialisers stay on the threads that need them (two threads initialising classes that use
 * each other could deadlock). A name that no longer exists is passed over.
 */
final class ClassWarmUp {
    static final String LIST = "/startup/classes.txt";

    private ClassWarmUp() {}

    static void start() {
        Thread t = new Thread(ClassWarmUp::run, "atlas-class-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        ClassLoader loader = ClassWarmUp.class.getClassLoader();
        InputStream list = ClassWarmUp.class.getResourceAsStream(LIST);
        if (list == null) return;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name : names(r)) load(name, loader);
        } catch (IOException e) {
            // Only a head start: the classes load when they are needed all the same.
        }
    }

    /** The class names of the list, without its comments and blank lines. */
    static List<String> names(BufferedReader list) {
        return list.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static void load(String name, ClassLoader loader) {
        try {
            // Asking for its constructors makes the VM link (verify) the class too, and load the
            // classes they take; measured, this takes a third off building the window.
            Class.forName(name, false, loader).getDeclaredConstructors();
        } catch (ClassNotFoundException | LinkageError e) {
            // Renamed or gone since the list was made: nothing to warm.
        }
    }
}
