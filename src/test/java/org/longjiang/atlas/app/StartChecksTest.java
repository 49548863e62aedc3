package org.longjiang.atlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.app.ui.TaskRunner;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.Fixtures;
import org.longjiang.atlas.testing.NeedsFx;

/** The window starts on the records alone; the checks it leaves for later still reach its problems button. */
@NeedsFx
class StartChecksTest {
    @AfterEach
    void restore() {
        System.clearProperty("atlas.data");
    }

    @Test
    void theProblemsButtonListsWhatCheckReports() {
        System.setProperty("atlas.data", Fixtures.folder("broken-history").toString());
        Messages english = Messages.english();
        List<String> reported = AtlasLoader.loadBundled().problems().stream()
                .map(p -> p.in(english))
                .toList();
        assertTrue(
                reported.size() > AtlasLoader.loadBundledRecords().problems().size(),
                "the fixture breaks the history rules, which the records alone do not show");
        AtlasApp.preload();
        MainWindow window = HeadlessFx.call(() -> AtlasApp.build(TaskRunner.synchronous()));
        assertEquals(
                reported,
                HeadlessFx.call(() -> List.copyOf(window.problemsButton().lines())));
    }
}
