package org.genreworkbench.task;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Long work with its callbacks, described once and run by a {@link TaskExecutor}. The callbacks run where
 * the executor says: on the UI thread for the app's executor, on the calling thread for the synchronous one.
 *
 * <pre>{@code
 * BackgroundTask.of("Opening sample.gwb", ctx -> reader.read(path, ctx))
 *     .onMessage(status::set)
 *     .onSuccess(this::show)
 *     .onFailure(this::report)
 *     .executeWith(executor);
 * }</pre>
 */
public final class BackgroundTask<T> {
    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinally = () -> { };
    private Consumer<String> onMessage = message -> { };
    private DoubleConsumer onProgress = fraction -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * The work's status lines, where the callbacks run. None arrives after the outcome: a late line never
     * overwrites what the failure (or success) handler shows.
     */
    public BackgroundTask<T> onMessage(Consumer<String> handler) {
        this.onMessage = Objects.requireNonNull(handler);
        return this;
    }

    /** The work's progress as a fraction from 0 to 1, or -1 while the total is unknown; none after the outcome. */
    public BackgroundTask<T> onProgress(DoubleConsumer handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancel alike. */
    public BackgroundTask<T> andFinally(Runnable handler) {
        this.onFinally = Objects.requireNonNull(handler);
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    /** Delivers a status line; executors call it before the outcome only. */
    public void message(String message) {
        onMessage.accept(message);
    }

    /** Delivers progress: {@code done} of {@code total}, a total of 0 or less meaning unknown. */
    public void progress(double done, double total) {
        onProgress.accept(total <= 0 ? -1 : done / total);
    }

    /** Delivers the outcome: executors call exactly one of these, then {@link #finish()}. */
    public void succeed(T result) {
        onSuccess.accept(result);
    }

    public void fail(Throwable error) {
        onFailure.accept(error);
    }

    public void cancelled() {
        onCancelled.run();
    }

    public void finish() {
        onFinally.run();
    }
}
