package org.genreworkbench.ml.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.ml.ExperimentSpec;
import org.genreworkbench.ml.LabelledSample;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
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

            // what spark-submit --conf would set: the driver on loopback beside the cluster, and the executors'
            // class path (this build's jars: Spark and the workbench, where a cluster has Spark in SPARK_HOME/jars
            // and gets the workbench from the job jar)
            Map<String, String> before = setSystemProperties(Map.of(
                    "spark.driver.host", "127.0.0.1",
                    "spark.driver.bindAddress", "127.0.0.1",
                    "spark.executor.memory", "512m",
                    "spark.executor.extraClassPath", System.getProperty("java.class.path")));
            Experiment onCluster;
            try {
                onCluster = new ExperimentRunner(new SparkEngine(master)).run(project, spec, TaskContext.silent());
            } finally {
                SparkEngine.stopSession();
                setSystemProperties(before);
            }
            System.out.printf("standalone cluster: local run and cluster start %.1f s, the grid on the cluster %.1f s%n",
                    startedAfter, (System.nanoTime() - t0) / 1e9 - startedAfter);

            SparkEngineTest.assertSameScoresOnEveryFold(onCluster, here);
            assertThat(master).startsWith("spark://127.0.0.1:");
            assertThat(onCluster.versions()).containsEntry("engine", "Spark " + master);
            // the cells ran in an executor JVM the worker started, not in this one
            assertThat(cluster.workerLog()).contains("Asked to launch executor");
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
