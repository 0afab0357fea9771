package org.genreworkbench.ml.engine;

import java.util.List;
import org.genreworkbench.task.TaskContext;

/**
 * Where the cells of an experiment are trained: this computer's threads or a Spark cluster. Every engine
 * trains the same cells with the same seeds through {@link CellTrainer}, so the per-fold scores do not depend
 * on the engine.
 */
public interface ExperimentEngine extends AutoCloseable {

    /**
     * Trains every cell on the data and returns one result per cell, in any order; a cell that fails comes back
     * failed and the others still run. Progress counts finished cells; a cancel throws
     * {@link java.util.concurrent.CancellationException}.
     */
    List<CellResult> run(PreparedData data, List<ExperimentCell> cells, CellTrainer trainer, TaskContext context)
            throws Exception;

    /** Threads one learner may use when {@code cells} cells are to be trained. */
    int learnerThreads(int cells);

    /** "this computer, 2 threads", "Spark local[2]": kept with the experiment's versions. */
    String describe();

    /** Lets go of what the engine holds (a Spark session is kept for the next run unless the engine is closed). */
    @Override
    default void close() {
    }

    /** Trains one cell: a function the engine may send to another machine, so it is serialisable. */
    @FunctionalInterface
    interface CellTrainer extends java.io.Serializable {
        CellResult train(PreparedData data, ExperimentCell cell, TaskContext context);
    }
}
