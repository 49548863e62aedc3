package org.longjiang.atlas;

import javafx.application.Application;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.cli.CommandLine;

/** The plain entry point: no arguments opens the window, otherwise a command-line sub-command runs. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        // From the runnable jar: start again with JavaFX as named modules (see FxModuleLayer).
        if (FxModuleLayer.relaunch(Launcher.class, args)) return;
        if (args.length == 0) {
            System.setProperty("javafx.platform", System.getProperty("javafx.platform", "desktop"));
            AtlasApp.preload();
            Application.launch(AtlasApp.class);
            return;
        }
        int code = new CommandLine(System.out, System.err).run(args);
        System.exit(code);
    }
}
