package org.genreworkbench.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds tasks until the test runs them, as a busy worker thread would: for view-model tests of what happens
 * when work finishes late. A cancel is only counted; {@link #runAll()} then runs the work to its end regardless,
 * the worst case of a task that finishes after it was cancelled.
 */
public final class QueuedExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> tasks = new ArrayDeque<>();
    private int cancels;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        tasks.add(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancels++;
            }

            @Override
            public boolean isDone() {
                return !tasks.contains(task);
            }
        };
    }

    /** The queued task whose title starts so, to deliver its messages and progress by hand as an executor would. */
    public BackgroundTask<?> titled(String start) {
        return tasks.stream().filter(t -> t.title().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no task queued titled '" + start + "…'"));
    }

    public int queued() {
        return tasks.size();
    }

    /** How many times a handle of this executor was cancelled. */
    public int cancels() {
        return cancels;
    }

    /** Runs the task queued first (and nothing it queues), as a worker thread finishing one task would. */
    public void runNext() {
        tasks.poll().executeWith(new CurrentThreadExecutor());
    }

    public void runAll() {
        CurrentThreadExecutor now = new CurrentThreadExecutor();
        while (!tasks.isEmpty()) {
            tasks.poll().executeWith(now);
        }
    }
}
