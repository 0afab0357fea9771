package org.genreworkbench.task;

/** A running (or finished) task, which the user may cancel. */
public interface TaskHandle {
    void cancel();

    boolean isDone();
}
