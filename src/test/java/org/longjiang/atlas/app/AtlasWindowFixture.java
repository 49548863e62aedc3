package org.longjiang.atlas.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.longjiang.atlas.core.io.LoadResult;
import org.testfx.framework.junit5.ApplicationExtension;

/** A TestFX test of the whole window on some content, with the network watched and the basemap loaded. */
@ExtendWith(ApplicationExtension.class)
abstract class AtlasWindowFixture {
    MainWindow window;

    @BeforeAll
    static void basemap() {
        UiTestSupport.watchNetworkAndLoadBasemap();
    }

    /** Shows the window on the content; each test class calls it from its own {@code @Start}, which TestFX looks up on the test class only. */
    void show(Stage stage, LoadResult content) {
        window = UiTestSupport.show(stage, content);
    }

    static void settle() {
        UiTestSupport.settle();
    }
}
