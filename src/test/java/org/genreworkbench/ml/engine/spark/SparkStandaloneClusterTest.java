package org.genreworkbench.ml.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.LabelledSample;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grid of {@link SparkEngineTest} on a real standalone cluster: a master and a worker started on loopback
 * from this build's jars, the worker starting an executor JVM that trains the cells, submitted to through
 * {@code spark://127.0.0.1:port} as a user's cluster would be. The scores per fold are this computer's.
 */
class SparkStandaloneClusterTest {
    /** Start-up takes seconds, many more on a busy build machine; this only bounds a hang. */
    private static final long START_TIMEOUT_S = 180;

    @TempDir
    Path dir;

    @Test
    void aGridOnAStandaloneMasterAndWorkerScoresEveryFoldExactlyAsThisComputerDoes() throws Exception {
        long t0 = System.nanoTime();
        try (StandaloneSparkCluster cluster = new StandaloneSparkCluster(dir)) {
            // the cluster starts while this computer runs the grid to compare with
            CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> {
                try {
                    return cluster.start(2, "1g", START_TIMEOUT_S);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            Project project = LabelledSample.sixLabels();
            ExperimentSpec spec = SparkEngineTest.grid();
            Experiment here = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
            String master = started.join();
            double startedAfter = (System.nanoTime() - t0) / 1e9;

            Experiment onCluster = runOn(master, project, spec);
            System.out.printf("standalone cluster: local run and cluster start %.1f s, the grid on the cluster %.1f s%n",
                    startedAfter, (System.nanoTime() - t0) / 1e9 - startedAfter);

            SparkEngineTest.assertSameScoresOnEveryFold(onCluster, here);
            assertThat(master).startsWith("spark://127.0.0.1:");
            assertThat(onCluster.versions()).containsEntry("engine", "Spark " + master);
            // the cells ran in an executor JVM the worker started, not in this one
            assertThat(cluster.workerLog()).contains("Asked to launch executor");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // before the fix, the run waited for ever
    void aClusterThatCannotStartAnExecutorEndsTheRunInsteadOfWaitingForEver() throws Exception {
        try (StandaloneSparkCluster cluster = new StandaloneSparkCluster(dir).withoutScalaVersion()) {
            String master = cluster.start(2, "1g", START_TIMEOUT_S);
            Project project = LabelledSample.sixLabels();
            ExperimentSpec spec = LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1")));

            // the master gives up on the application after the worker failed to start ten executors
            assertThatThrownBy(() -> runOn(master, project, spec))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Spark " + master + " stopped before the cells were trained: the cluster "
                            + "ended the application");
            assertThat(cluster.workerLog()).contains("Cannot find any build directories");
        }
    }

    /**
     * Runs the spec on the master as spark-submit --conf would set it up: the driver on loopback beside the
     * cluster, and the executors' class path (this build's jars: Spark and the workbench, where a cluster has
     * Spark in SPARK_HOME/jars and gets the workbench from the job jar). The session ends with the run.
     */
    private static Experiment runOn(String master, Project project, ExperimentSpec spec) throws Exception {
        Map<String, String> before = setSystemProperties(Map.of(
                "spark.driver.host", "127.0.0.1",
                "spark.driver.bindAddress", "127.0.0.1",
                "spark.executor.memory", "512m",
                "spark.executor.extraClassPath", System.getProperty("java.class.path")));
        try {
            return new ExperimentRunner(new SparkEngine(master)).run(project, spec, TaskContext.silent());
        } finally {
            SparkEngine.stopSession();
            setSystemProperties(before);
        }
    }

    /** Sets (a null value: clears) system properties; returns what they were, to be put back the same way. */
    private static Map<String, String> setSystemProperties(Map<String, String> values) {
        Map<String, String> before = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            before.put(key, System.getProperty(key));
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        return before;
    }
}
