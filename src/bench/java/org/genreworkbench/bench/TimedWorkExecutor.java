package org.genreworkbench.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.task.TaskHandle;

/**
 * Keeps tasks until {@link #runAll}, then runs them one after another on the calling thread as
 * {@link CurrentThreadExecutor} does, adding up the time their work takes (what a benchmark measured on the
 * calling thread less that time is what the window's thread would spend) and noting when each ended, by title: a
 * task a task starts is run after it, as a background task would be, so each has an end of its own.
 */
final class TimedWorkExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> queued = new ArrayDeque<>();
    private final Map<String, Long> endedAt = new LinkedHashMap<>();
    private final Map<String, Long> workNanos = new LinkedHashMap<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        queued.add(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                queued.remove(task);
            }

            @Override
            public boolean isDone() {
                return !queued.contains(task);
            }
        };
    }

    /** Runs the kept tasks, and those they start, until none is left. */
    void runAll() {
        while (!queued.isEmpty()) {
            run(queued.poll());
        }
    }

    private <T> void run(BackgroundTask<T> task) {
        new CurrentThreadExecutor().execute(BackgroundTask.<T>of(task.title(), ctx -> {
                    long start = System.nanoTime();
                    try {
                        return task.work().run(ctx);
                    } finally {
                        workNanos.merge(task.title(), System.nanoTime() - start, Long::sum);
                    }
                })
                .onSuccess(task::succeed)
                .onFailure(task::fail)
                .onCancelled(task::cancelled)
                .andFinally(task::finish));
        endedAt.put(task.title(), System.nanoTime());
    }

    /** The seconds the work of the tasks whose titles start with {@code title} took. */
    double workSeconds(String title) {
        return titled(workNanos, title).sum() / 1e9;
    }

    /**
     * When the last task whose title starts with {@code title} ended, by {@link System#nanoTime}; {@code otherwise}
     * when none ran (a small workspace's work is done at once, on the window's thread).
     */
    long endOf(String title, long otherwise) {
        return titled(endedAt, title).max().orElse(otherwise);
    }

    /** The figures kept for the tasks whose titles start with {@code title}. */
    private static LongStream titled(Map<String, Long> byTitle, String title) {
        return byTitle.entrySet().stream().filter(e -> e.getKey().startsWith(title)).mapToLong(Map.Entry::getValue);
    }
}
