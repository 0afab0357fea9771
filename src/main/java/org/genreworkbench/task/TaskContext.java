package org.genreworkbench.task;

import java.util.concurrent.CancellationException;

/** What long work sees of its task: report progress, say what it is doing, notice a cancel. */
public interface TaskContext {

    /** Reports that {@code done} of {@code total} units are finished; a negative total means unknown. */
    void progress(double done, double total);

    /** A short line for the status bar: "Fetching playlist 3 of 103". */
    void message(String message);

    boolean isCancelled();

    /** Throws {@link CancellationException} once the user has cancelled; call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** A context that reports nowhere and is never cancelled: for command-line runs and tests. */
    static TaskContext silent() {
        return of(message -> { }, () -> false);
    }

    /** A context that passes messages on and asks {@code cancelled} whether to stop; progress goes nowhere. */
    static TaskContext of(java.util.function.Consumer<String> messages, java.util.function.BooleanSupplier cancelled) {
        return of((done, total) -> { }, messages, cancelled);
    }

    /** A context that passes progress and messages on and asks {@code cancelled} whether to stop. */
    static TaskContext of(Progress progress, java.util.function.Consumer<String> messages,
                          java.util.function.BooleanSupplier cancelled) {
        return new TaskContext() {
            @Override
            public void progress(double done, double total) {
                progress.report(done, total);
            }

            @Override
            public void message(String message) {
                messages.accept(message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** Where a context's progress goes: {@code done} of {@code total} units, a total of 0 or less meaning unknown. */
    @FunctionalInterface
    interface Progress {
        void report(double done, double total);
    }
}
