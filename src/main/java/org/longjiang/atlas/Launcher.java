package org.longjiang.atlas;

import java.util.Locale;
import javafx.application.Application;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.cli.CommandLine;
import org.longjiang.atlas.app.cli.StandardOutput;
import org.longjiang.atlas.core.io.TourFiles;

/**
 * The plain entry point: no arguments opens the window, a tour file opens the window and starts
 * the tour (how the installed atlas opens a file the user double-clicks), anything else is a
 * command-line sub-command.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        // From the runnable jar: start again with JavaFX as named modules (see FxModuleLayer).
        if (FxModuleLayer.relaunch(Launcher.class, args)) return;
        if (args.length == 0 || isTourFile(args)) {
            System.setProperty("javafx.platform", System.getProperty("javafx.platform", "desktop"));
            AtlasApp.preload();
            Application.launch(AtlasApp.class, args);
            return;
        }
        int code = new CommandLine(StandardOutput.system(), System.err).run(args);
        System.exit(code);
    }

    private static boolean isTourFile(String[] args) {
        String name = args.length == 1 ? args[0].toLowerCase(Locale.ROOT) : "";
        return name.endsWith("." + TourFiles.EXTENSION) || name.endsWith(".json");
    }
}
