package org.longjiang.atlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.testing.Cli;

class HelpCommandTest {

    @Test
    void helpEndsWithThePlatformTheBuildCarries() throws Exception {
        Properties build = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/longjiang/atlas/build-info.properties")) {
            build.load(in);
        }
        Cli cli = new Cli();
        assertEquals(0, cli.run("help"));
        List<String> lines = cli.out().lines().toList();
        String expected = switch (build.getProperty("platform")) {
            case "linux" -> "Linux x64";
            case "linux-aarch64" -> "Linux ARM64";
            case "win" -> "Windows x64";
            case "mac" -> "macOS (Intel)";
            default -> "macOS (Apple silicon)";
        };
        assertEquals(
                "longjiang-atlas " + build.getProperty("version") + ", built for " + expected + " (JavaFX "
                        + build.getProperty("javafx") + ", platform \"" + build.getProperty("platform") + "\")",
                lines.get(lines.size() - 1));
    }
}
