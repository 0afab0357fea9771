package org.genreworkbench.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.task.TaskHandle;

/**
 * Runs background tasks on worker threads as JavaFX {@link Task}s; callbacks come back on the FX thread.
 * The running tasks are listed for the status bar, with their progress and a way to cancel them.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The tasks still running, for display; changed on the FX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> background) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(background.title());
                Task<T> self = this;
                TaskContext context = new TaskContext() {
                    @Override
                    public void progress(double done, double total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String message) {
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                };
                return background.work().run(context);
            }
        };
        task.setOnSucceeded(e -> finish(task, () -> background.succeed(task.getValue()), background));
        task.setOnFailed(e -> finish(task, () -> {
            Throwable error = task.getException();
            if (error instanceof CancellationException) {
                background.cancelled();
            } else {
                background.fail(error);
            }
        }, background));
        task.setOnCancelled(e -> finish(task, background::cancelled, background));
        runOnFx(() -> running.add(task));
        pool.submit(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel();
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    private void finish(Task<?> task, Runnable outcome, BackgroundTask<?> background) {
        running.remove(task);
        try {
            outcome.run();
        } finally {
            background.finish();
        }
    }

    private void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
