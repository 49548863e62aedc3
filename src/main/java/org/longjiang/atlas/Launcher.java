package org.longjiang.atlas;

import javafx.application.Application;
import org.longjiang.atlas.app.AtlasApp;
import org.longjiang.atlas.app.cli.CommandLine;
import org.longjiang.atlas.app.cli.StandardOutput;

/** The plain entry point: no arguments opens the window, otherwise a command-line sub-command runs. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            System.setProperty("javafx.platform", System.getProperty("javafx.platform", "desktop"));
            Application.launch(AtlasApp.class);
            return;
        }
        int code = new CommandLine(StandardOutput.system(), System.err).run(args);
        System.exit(code);
    }
}
