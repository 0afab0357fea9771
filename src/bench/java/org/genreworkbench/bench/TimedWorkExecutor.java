package org.genreworkbench.bench;

import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.task.TaskHandle;

/**
 * Runs tasks on the calling thread as {@link CurrentThreadExecutor} does, adding up the time their work takes:
 * what a benchmark measured on the calling thread less that time is what the window's thread would spend.
 */
final class TimedWorkExecutor implements TaskExecutor {
    private long workNanos;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        return new CurrentThreadExecutor().execute(BackgroundTask.<T>of(task.title(), ctx -> {
                    long start = System.nanoTime();
                    try {
                        return task.work().run(ctx);
                    } finally {
                        workNanos += System.nanoTime() - start;
                    }
                })
                .onSuccess(task::succeed)
                .onFailure(task::fail)
                .onCancelled(task::cancelled)
                .andFinally(task::finish));
    }

    double workSeconds() {
        return workNanos / 1e9;
    }
}
