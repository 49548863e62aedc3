package org.longjiang.atlas.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Where the atlas data files are read from: the classpath or a folder. */
public interface DataSource {

    /**
     * Opens a data file by its name (e.g. {@code places.json}); empty when nothing is there. A folder,
     * pipe, device or broken link in its place, or a file that cannot be read, fails with the reason.
     */
    Optional<InputStream> open(String fileName) throws IOException;

    /** A description for messages ("classpath:data/", a folder path). */
    String describe();

    static DataSource classpath(String prefix) {
        return new DataSource() {
            @Override
            public Optional<InputStream> open(String fileName) {
                return Optional.ofNullable(DataSource.class.getClassLoader().getResourceAsStream(prefix + fileName));
            }

            @Override
            public String describe() {
                return "classpath:" + prefix;
            }
        };
    }

    static DataSource folder(Path folder) {
        return new DataSource() {
            @Override
            public Optional<InputStream> open(String fileName) throws IOException {
                return DataFile.openIfPresent(folder.resolve(fileName));
            }

            @Override
            public String describe() {
                return folder.toString();
            }
        };
    }
}
