package org.genreworkbench.task;

import java.util.concurrent.CancellationException;

/**
 * Runs each task to the end on the calling thread before {@code execute} returns, so code that uses
 * background tasks can be tested deterministically without a UI toolkit.
 */
public final class CurrentThreadExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        final boolean[] cancelled = {false};
        TaskContext context = new TaskContext() {
            @Override
            public void progress(double done, double total) {
            }

            @Override
            public void message(String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        try {
            T result = task.work().run(context);
            task.succeed(result);
        } catch (CancellationException e) {
            task.cancelled();
        } catch (Exception e) {
            task.fail(e);
        } finally {
            task.finish();
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
