package org.longjiang.atlas.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs slow work off the FX thread and hands the result, or the failure, back on it; tests use the synchronous one. */
public interface TaskRunner {

    /** Runs the work; its result goes to {@code onFxThread}, an exception it throws to {@code onError}. */
    <T> void run(Supplier<T> work, Consumer<T> onFxThread, Consumer<Throwable> onError);

    /** Runs the work; a failure is rethrown on the FX thread, where the toolkit's handler reports it. */
    default <T> void run(Supplier<T> work, Consumer<T> onFxThread) {
        run(work, onFxThread, e -> {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        });
    }

    /** Work on one daemon thread, results and failures through {@link Platform#runLater}. */
    static TaskRunner background() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atlas-tasks");
            t.setDaemon(true);
            return t;
        });
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onFxThread, Consumer<Throwable> onError) {
                pool.execute(() -> {
                    try {
                        T result = work.get();
                        Platform.runLater(() -> onFxThread.accept(result));
                    } catch (RuntimeException | Error e) {
                        Platform.runLater(() -> onError.accept(e));
                    }
                });
            }
        };
    }

    /** Everything inline, on the caller's thread. */
    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onFxThread, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException | Error e) {
                    onError.accept(e);
                    return;
                }
                onFxThread.accept(result);
            }
        };
    }
}
