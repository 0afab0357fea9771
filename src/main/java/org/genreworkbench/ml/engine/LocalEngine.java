package org.genreworkbench.ml.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.task.TimeLeft;

/**
 * This computer: cells on up to {@code threads} threads (a model on a fold each); the cores the engine does not
 * use itself go to learners with threads of their own (LightGBM, RandomForest's slots), so engine threads ×
 * learner threads never exceed the cores. A cancel stops before the next cell starts.
 */
public final class LocalEngine implements ExperimentEngine {
    private final int threads;
    private final int cores;

    /** At most {@code threads} cells at once on a machine of {@code cores} cores. */
    public LocalEngine(int threads, int cores) {
        this.cores = Math.max(1, cores);
        this.threads = Math.max(1, Math.min(threads, this.cores));
    }

    /** Cells trained at once by default: two, or one on a single core. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Cells trained at once, given how many there are to train. */
    public int engineThreads(int cells) {
        return Math.max(1, Math.min(threads, cells));
    }

    @Override
    public int learnerThreads(int cells) {
        return Math.max(1, cores / engineThreads(cells));
    }

    @Override
    public String describe() {
        return "this computer, " + threads + (threads == 1 ? " thread" : " threads");
    }

    @Override
    public List<CellResult> run(PreparedData data, List<ExperimentCell> cells, CellTrainer trainer,
                                TaskContext context) throws Exception {
        int total = cells.size();
        int models = (int) cells.stream().mapToInt(ExperimentCell::modelIndex).distinct().count();
        int folds = (int) cells.stream().mapToInt(ExperimentCell::foldIndex).distinct().count();
        AtomicInteger finished = new AtomicInteger();
        TimeLeft timeLeft = new TimeLeft();
        ExecutorService pool = Executors.newFixedThreadPool(engineThreads(total), r -> {
            Thread t = new Thread(r, "experiment");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CellResult>> futures = new ArrayList<>();
            for (ExperimentCell cell : cells) {
                futures.add(pool.submit(() -> {
                    context.checkCancelled();
                    String left = timeLeft.after(finished.get(), total);
                    String where = String.format("model %d of %d, fold %d of %d: ", cell.modelIndex() + 1, models,
                            cell.foldIndex() + 1, folds);
                    context.message(where + cell.modelName() + (left.isEmpty() ? "" : " · " + left));
                    // A learner's own lines (a network's epochs) say which model and fold they come from too.
                    TaskContext inCell = TaskContext.of(context::progress, line -> context.message(where + line),
                            context::isCancelled);
                    CellResult result = trainer.train(data, cell, inCell);
                    context.progress(finished.incrementAndGet(), total);
                    return result;
                }));
            }
            List<CellResult> results = new ArrayList<>();
            for (Future<CellResult> f : futures) {
                results.add(get(f));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
