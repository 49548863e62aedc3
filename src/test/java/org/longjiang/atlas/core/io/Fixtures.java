package org.longjiang.atlas.core.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the JSON fixture folders under {@code src/test/resources/fixtures}. */
public final class Fixtures {
    private Fixtures() {}

    public static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LoadResult load(String name) {
        return new AtlasLoader(DataSource.folder(folder(name))).load();
    }
}
