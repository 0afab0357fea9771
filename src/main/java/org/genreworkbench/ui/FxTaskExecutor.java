package org.genreworkbench.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.ErrorLog;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.task.TaskHandle;

/**
 * Runs background tasks on worker threads; status lines, progress and the outcome come back on the FX thread,
 * in the order the work produced them. Once the outcome is delivered nothing more of that task arrives (a late
 * status line must not overwrite a failure), and the work sees itself cancelled, so helper threads it started
 * stop too. Every failure is written with its stack trace to the error log and kept as {@link #lastFailure()}
 * for the status bar, whether or not the task's own failure handler shows it.
 */
public final class FxTaskExecutor implements TaskExecutor {
    /** A failed task, as the status bar tells it. */
    public record Failure(String title, Throwable error, java.util.Optional<java.nio.file.Path> logFile) {
        /** The error's own words, or its kind when it has none; for running out of memory, what to do. */
        public String reason() {
            return FailureText.of(error);
        }

        public String message() {
            return title + " failed: " + reason();
        }
    }

    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Failure> lastFailure = new ReadOnlyObjectWrapper<>();
    private final Executor fxThread;
    private final ExecutorService workers;
    private final ErrorLog errorLog;

    /** For tests: failures go to standard error. */
    public FxTaskExecutor() {
        this(ErrorLog.standardError());
    }

    public FxTaskExecutor(ErrorLog errorLog) {
        this(FxTaskExecutor::onFxThread, daemonWorkers(), errorLog);
    }

    /** {@code fxThread} runs what must happen on the UI thread; tests pass a queue they drain by hand. */
    FxTaskExecutor(Executor fxThread, ExecutorService workers, ErrorLog errorLog) {
        this.fxThread = fxThread;
        this.workers = workers;
        this.errorLog = errorLog;
    }

    /** The tasks still running, for display; changed on the FX thread only. */
    public ObservableList<RunningTask> running() {
        return running;
    }

    /** The most recent failure of any task, until {@link #dismissFailure()}. */
    public ReadOnlyObjectProperty<Failure> lastFailure() {
        return lastFailure.getReadOnlyProperty();
    }

    public void dismissFailure() {
        lastFailure.set(null);
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        RunningTask run = new RunningTask(task.title());
        fxThread.execute(() -> running.add(run));
        TaskContext context = new TaskContext() {
            @Override
            public void progress(double done, double total) {
                deliverNewest(run, run.pendingProgress, new double[] {done, total}, p -> {
                    run.showProgress(p[1] <= 0 ? -1 : p[0] / p[1]);
                    task.progress(p[0], p[1]);
                });
            }

            @Override
            public void message(String message) {
                deliverNewest(run, run.pendingMessage, message, m -> {
                    run.showMessage(m);
                    task.message(m);
                });
            }

            @Override
            public boolean isCancelled() {
                return run.isCancelled() || run.isFinished();
            }
        };
        workers.execute(() -> {
            T result = null;
            Throwable error = null;
            run.runningOn(Thread.currentThread());
            try {
                result = task.work().run(context);
            } catch (Throwable e) {
                error = e;
            } finally {
                run.stoppedRunning();
            }
            T value = result;
            Throwable failure = error;
            fxThread.execute(() -> finish(run, task, value, failure));
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                run.cancel();
            }

            @Override
            public boolean isDone() {
                return run.isFinished();
            }
        };
    }

    /**
     * Queues one delivery for a burst of updates: the worker may report thousands a second, the screen needs the
     * newest. Dropped once the outcome is out.
     */
    private <V> void deliverNewest(RunningTask run, AtomicReference<V> pending, V update, Consumer<V> show) {
        if (pending.getAndSet(update) == null) {
            fxThread.execute(() -> {
                V newest = pending.getAndSet(null);
                if (newest != null && !run.isFinished()) {
                    show.accept(newest);
                }
            });
        }
    }

    private <T> void finish(RunningTask run, BackgroundTask<T> task, T result, Throwable error) {
        run.markFinished();
        running.remove(run);
        try {
            if (run.isCancelled() || error instanceof CancellationException) {
                task.cancelled();
            } else if (error != null) {
                failed(task, error);
            } else {
                try {
                    task.succeed(result);
                } catch (RuntimeException e) {
                    // A result the screen could not take is a failure like any other: shown and logged.
                    failed(task, e);
                }
            }
        } finally {
            task.finish();
        }
    }

    private void failed(BackgroundTask<?> task, Throwable error) {
        errorLog.record(task.title(), error);
        lastFailure.set(new Failure(task.title(), error, errorLog.file()));
        try {
            task.fail(error);
        } catch (RuntimeException e) {
            errorLog.record(task.title() + " (showing the failure)", e);
        }
    }

    private static ExecutorService daemonWorkers() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
