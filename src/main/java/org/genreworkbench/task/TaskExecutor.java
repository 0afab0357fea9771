package org.genreworkbench.task;

/** Runs background tasks: off the UI thread in the app, on the calling thread in tests. */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);
}
