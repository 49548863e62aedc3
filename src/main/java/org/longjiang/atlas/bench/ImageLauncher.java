package org.longjiang.atlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The launcher of a jpackage application image, given the image folder or the launcher itself. */
final class ImageLauncher {
    private ImageLauncher() {}

    static Path find(Path image) throws IOException {
        if (Files.isRegularFile(image)) return image;
        // Linux: <image>/bin/<name>; Windows: <image>/<name>.exe; macOS: <image>/Contents/MacOS/<name>.
        for (Path dir :
                List.of(image.resolve("bin"), image, image.resolve("Contents").resolve("MacOS"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> launchers = files.filter(f -> Files.isRegularFile(f) && Files.isExecutable(f))
                        .filter(f -> !f.getFileName().toString().endsWith(".dll"))
                        .toList();
                if (launchers.size() == 1) return launchers.get(0);
            }
        }
        throw new IOException("no application launcher in " + image);
    }
}
