package org.genreworkbench.task;

/** A unit of long work that returns a result. */
@FunctionalInterface
public interface Work<T> {
    T run(TaskContext context) throws Exception;
}
