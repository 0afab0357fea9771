package org.genreworkbench.ui;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A task of the {@link FxTaskExecutor} while it runs, for the status bar: its title, its latest status line and
 * progress (changed on the FX thread only), and a way to cancel it.
 */
public final class RunningTask {
    private final String title;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** Set on the FX thread when the outcome is delivered; updates queued before it arrive too late and are dropped. */
    private volatile boolean finished;
    /** The newest update not yet shown: the worker may report faster than the screen redraws. */
    final AtomicReference<String> pendingMessage = new AtomicReference<>();
    final AtomicReference<double[]> pendingProgress = new AtomicReference<>();
    private volatile Future<?> work;

    RunningTask(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Asks the work to stop; its outcome (cancelled) arrives once it has. */
    public void cancel() {
        cancelled.set(true);
        Future<?> running = work;
        if (running != null) {
            running.cancel(true);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    boolean isFinished() {
        return finished;
    }

    void markFinished() {
        finished = true;
    }

    void startedAs(Future<?> future) {
        this.work = future;
        if (cancelled.get()) {
            future.cancel(true);
        }
    }

    void showMessage(String text) {
        message.set(text);
    }

    void showProgress(double fraction) {
        progress.set(fraction);
    }
}
