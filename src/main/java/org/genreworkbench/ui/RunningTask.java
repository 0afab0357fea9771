package org.genreworkbench.ui;

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
    /** The thread doing the work while it runs; null before it starts and after it ends. */
    private Thread worker;

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

    /**
     * Asks the work to stop; its outcome (cancelled) arrives once it has. The worker is interrupted only while the
     * work runs: a task cancelled before it starts still starts, sees itself cancelled and reports so (cancelling
     * its Future instead would drop it without an outcome, leaving it "running" for ever).
     */
    public void cancel() {
        cancelled.set(true);
        synchronized (this) {
            if (worker != null) {
                worker.interrupt();
            }
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

    synchronized void runningOn(Thread thread) {
        worker = thread;
    }

    /** The work is over: a later cancel must not interrupt whatever the pooled thread does next. */
    synchronized void stoppedRunning() {
        worker = null;
        Thread.interrupted();
    }

    void showMessage(String text) {
        message.set(text);
    }

    void showProgress(double fraction) {
        progress.set(fraction);
    }
}
