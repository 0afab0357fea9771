package org.genreworkbench.task;

import java.util.concurrent.CancellationException;

/**
 * Runs each task to the end on the calling thread before {@code execute} returns, so code that uses
 * background tasks can be tested deterministically without a UI toolkit.
 */
public final class CurrentThreadExecutor implements TaskExecutor {
    private final java.util.function.BooleanSupplier cancelled;

    public CurrentThreadExecutor() {
        this(() -> false);
    }

    /** @param cancelled asked by the work between its units: a test pulls it to stop a task mid-way */
    public CurrentThreadExecutor(java.util.function.BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        try {
            T result = task.work().run(TaskContext.of(task::progress, task::message, cancelled));
            task.succeed(result);
        } catch (CancellationException e) {
            task.cancelled();
        } catch (Exception | LinkageError e) {
            // LinkageError too: a class that cannot load is a failure to show, not a crash of the caller.
            task.fail(e);
        } finally {
            task.finish();
        }
        return new TaskHandle() {
            /** The task has already run to its end: there is nothing left to cancel. */
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
