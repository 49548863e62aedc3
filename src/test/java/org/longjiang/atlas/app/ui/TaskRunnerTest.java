package org.longjiang.atlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.testing.NeedsFx;

/** Work runs off the FX thread; its result and its failure come back on it. */
@NeedsFx
class TaskRunnerTest {
    @Test
    void theResultArrivesOnTheFxThread() throws Exception {
        CompletableFuture<String> done = new CompletableFuture<>();
        TaskRunner.background().run(() -> Platform.isFxApplicationThread() ? "fx" : "worker", result -> {
            done.complete(result + (Platform.isFxApplicationThread() ? " → fx" : " → elsewhere"));
        });
        assertEquals("worker → fx", done.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailureArrivesOnTheFxThreadInsteadOfBeingLost() throws Exception {
        IllegalStateException boom = new IllegalStateException("basemap unreadable");
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        TaskRunner.background()
                .run(
                        () -> {
                            throw boom;
                        },
                        result -> failed.completeExceptionally(new AssertionError("no result expected")),
                        e -> {
                            assertTrue(Platform.isFxApplicationThread());
                            failed.complete(e);
                        });
        assertSame(boom, failed.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theSynchronousRunnerReportsFailuresToo() {
        Throwable[] seen = new Throwable[1];
        TaskRunner.synchronous().run(() -> Integer.parseInt("x"), r -> {}, e -> seen[0] = e);
        assertEquals(NumberFormatException.class, seen[0].getClass());
    }
}
