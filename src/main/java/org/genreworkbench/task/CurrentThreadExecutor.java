package org.genreworkbench.task;

import java.util.concurrent.CancellationException;

/**
 * Runs each task to the end on the calling thread before {@code execute} returns, so code that uses
 * background tasks can be tested deterministically without a UI toolkit.
 */
public final class CurrentThreadExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        try {
            T result = task.work().run(TaskContext.silent());
            task.succeed(result);
        } catch (CancellationException e) {
            task.cancelled();
        } catch (Exception e) {
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
