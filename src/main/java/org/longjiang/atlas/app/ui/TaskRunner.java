package org.longjiang.atlas.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs slow work off the FX thread and hands the result back on it; tests use the synchronous one. */
public interface TaskRunner {

    <T> void run(Supplier<T> work, Consumer<T> onFxThread);

    /** Work on one daemon thread, results through {@link Platform#runLater}. */
    static TaskRunner background() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atlas-tasks");
            t.setDaemon(true);
            return t;
        });
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onFxThread) {
                pool.execute(() -> {
                    T result = work.get();
                    Platform.runLater(() -> onFxThread.accept(result));
                });
            }
        };
    }

    /** Everything inline, on the caller's thread. */
    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onFxThread) {
                onFxThread.accept(work.get());
            }
        };
    }
}
