package org.genreworkbench.ml.engine.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.genreworkbench.ml.engine.CellResult;
import org.genreworkbench.ml.engine.EngineChoice;
import org.genreworkbench.ml.engine.ExperimentCell;
import org.genreworkbench.ml.engine.ExperimentEngine;
import org.genreworkbench.ml.engine.PreparedData;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.task.TimeLeft;

/**
 * Apache Spark: every cell is a task of one job (a partition each, so progress counts cells), the prepared
 * rows go out once as a broadcast, and only each cell's scores and times come back. Learners run one thread per
 * task, as Spark gives each task one core. The Spark session is made on first use and kept for the next run
 * (Spark allows one per JVM; starting it costs seconds); Cancel cancels the run's job group.
 */
public final class SparkEngine implements ExperimentEngine {
    /** The master when none is given and Spark was not started by spark-submit: every core of this computer. */
    public static final String DEFAULT_MASTER = EngineChoice.DEFAULT_MASTER;
    private static final long POLL_MS = 100;
    /** How Spark words a job aborted because the cluster's master ended the application. */
    private static final String APPLICATION_REMOVED = "Master removed our application";
    /** Held so java.util.logging keeps the levels set on them (it holds loggers weakly). */
    private static final List<Logger> QUIETED = new ArrayList<>();
    private static JavaSparkContext session;

    private final String master;
    private volatile String lastJobGroup;

    /** An engine on {@code master} (a Spark master URL); null or blank: the one spark-submit gave, else local[*]. */
    public SparkEngine(String master) {
        this.master = master == null || master.isBlank() ? null : master.strip();
    }

    @Override
    public int learnerThreads(int cells) {
        return 1;
    }

    @Override
    public String describe() {
        return "Spark " + (master != null ? master : new SparkConf().get("spark.master", DEFAULT_MASTER));
    }

    @Override
    public List<CellResult> run(PreparedData data, List<ExperimentCell> cells, CellTrainer trainer,
                                TaskContext context) throws Exception {
        context.checkCancelled();
        context.message(describe() + ": starting");
        JavaSparkContext spark = session(master);
        context.checkCancelled();
        String group = "genre-workbench-" + UUID.randomUUID();
        lastJobGroup = group;
        Broadcast<PreparedData> rows = null;
        try {
            rows = spark.broadcast(data);
            spark.setJobGroup(group, "Genre Workbench: " + cells.size() + " cells", true);
            JavaFutureAction<List<CellResult>> job = spark.parallelize(cells, Math.max(1, cells.size()))
                    .map(new TrainCell(rows, trainer))
                    .collectAsync();
            return await(spark, group, job, cells.size(), context);
        } catch (IllegalStateException e) {
            // "Cannot call methods on a stopped SparkContext": the cluster ended the application meanwhile
            throw spark.sc().isStopped() ? stopped(e) : e;
        } finally {
            if (!spark.sc().isStopped()) {
                spark.clearJobGroup();
                // executors drop their copies now; the driver's goes with the broadcast object (a cancelled job
                // may still be sending tasks that refer to it, so it is not destroyed here)
                if (rows != null) {
                    rows.unpersist(false);
                }
            }
        }
    }

    private List<CellResult> await(JavaSparkContext spark, String group, JavaFutureAction<List<CellResult>> job,
                                   int total, TaskContext context) throws Exception {
        TimeLeft timeLeft = new TimeLeft();
        int reported = -1;
        while (true) {
            if (context.isCancelled()) {
                spark.cancelJobGroup(group);
                throw new CancellationException("cancelled");
            }
            int finished = finishedCells(spark, group);
            if (finished != reported) {
                reported = finished;
                context.progress(finished, total);
                String left = timeLeft.after(finished, total);
                context.message(String.format("%s: %d of %d cells%s", describe(), finished, total,
                        left.isEmpty() ? "" : " · " + left));
            }
            try {
                List<CellResult> results = job.get(POLL_MS, TimeUnit.MILLISECONDS);
                context.progress(total, total);
                return results;
            } catch (TimeoutException stillRunning) {
                // a job of a session the cluster stopped is never finished nor failed: it would be waited for ever
                if (spark.sc().isStopped()) {
                    throw stopped(null);
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                // When the master removes the application, the job may be aborted ("Master removed our
                // application") a moment before the context says it is stopped: the same end, said the same way.
                if (spark.sc().isStopped() || String.valueOf(cause.getMessage()).contains(APPLICATION_REMOVED)) {
                    throw stopped(cause);
                }
                throw new IllegalStateException("the Spark job failed: " + cause.getMessage(), cause);
            }
        }
    }

    private IllegalStateException stopped(Throwable cause) {
        return new IllegalStateException(describe() + " stopped before the cells were trained: the cluster ended "
                + "the application, for instance because no executor could start (Spark's warnings in the log say "
                + "why)", cause);
    }

    /** Tasks finished in the job group: one cell each. */
    private static int finishedCells(JavaSparkContext spark, String group) {
        int finished = 0;
        for (int jobId : spark.statusTracker().getJobIdsForGroup(group)) {
            SparkJobInfo job = spark.statusTracker().getJobInfo(jobId);
            if (job == null) {
                continue;
            }
            for (int stageId : job.stageIds()) {
                SparkStageInfo stage = spark.statusTracker().getStageInfo(stageId);
                if (stage != null) {
                    finished += stage.numCompletedTasks();
                }
            }
        }
        return finished;
    }

    /** The job group of the latest run: what a cancel cancels. */
    String lastJobGroup() {
        return lastJobGroup;
    }

    /**
     * The session on {@code master}, made on first use and kept: a run on another master stops the old one first.
     * Quiet by default: no web UI, no console progress bar, Spark's own logging at warnings only.
     */
    static synchronized JavaSparkContext session(String master) {
        if (session != null && !session.sc().isStopped() && (master == null || master.equals(session.master()))) {
            return session;
        }
        if (session != null) {
            session.stop();
        }
        quietLogging();
        SparkConf conf = new SparkConf()
                .setAppName("Genre Workbench")
                .setIfMissing("spark.master", DEFAULT_MASTER)
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (master != null) {
            conf.setMaster(master);
        }
        if (conf.get("spark.master").startsWith("local")) {
            // an embedded Spark talks to itself only: on loopback, whatever the machine's host name resolves to
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        session = new JavaSparkContext(conf);
        return session;
    }

    /** Stops the kept session, if any (the app's exit and tests that need a fresh one). */
    public static synchronized void stopSession() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }

    private static void quietLogging() {
        if (!QUIETED.isEmpty()) {
            return;
        }
        for (String name : List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty")) {
            Logger logger = Logger.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
            QUIETED.add(logger);
        }
        // Hadoop's native I/O is not used by cells; its absence is no news
        Logger hadoopNative = Logger.getLogger("org.apache.hadoop.util.NativeCodeLoader");
        hadoopNative.setLevel(Level.SEVERE);
        QUIETED.add(hadoopNative);
    }

    /** What an executor runs for a cell: the rows from the broadcast, the cell trained there, its result back. */
    private static final class TrainCell implements Function<ExperimentCell, CellResult> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<PreparedData> rows;
        private final CellTrainer trainer;

        TrainCell(Broadcast<PreparedData> rows, CellTrainer trainer) {
            this.rows = rows;
            this.trainer = trainer;
        }

        @Override
        public CellResult call(ExperimentCell cell) {
            org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
            return trainer.train(rows.value(), cell,
                    TaskContext.of(message -> { }, () -> task != null && task.isInterrupted()));
        }
    }
}
