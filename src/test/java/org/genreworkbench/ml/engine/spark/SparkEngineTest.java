package org.genreworkbench.ml.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.JobExecutionStatus;
import org.apache.spark.api.java.JavaSparkContext;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.LabelledSample;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.spec.ModelGrid;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.ml.engine.CellsFailedException;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real embedded Spark (local[2]) training real Weka models, against this computer's engine on the same spec.
 * One Spark session serves every test here and the other Spark tests of the run (starting one costs seconds);
 * Spark's shutdown hook stops it.
 */
class SparkEngineTest {
    private static final String MASTER = "local[2]";
    private static Project project;
    private static SparkEngine spark;

    @BeforeAll
    static void start() {
        project = LabelledSample.sixLabels();
        spark = new SparkEngine(MASTER);
    }

    /** Two models, each with two values of an option: 4 grid points × 3 folds = 12 cells. */
    static ExperimentSpec grid() {
        ModelGrid trees = new ModelGrid(new ModelSpec("J48", "BR", "J48", "", "", "PCut1"),
                List.of("-C 0.25", "-C 0.1"), null, null);
        ModelGrid forests = new ModelGrid(new ModelSpec("forest", "CC", "RandomForest", "", "", "PCutL"),
                List.of("-I 5", "-I 10"), null, null);
        return new ExperimentSpec("grid", new DatasetSpec("labelScheme", null, null, true, true, false, false),
                Split.kfold(3), List.of(), 5, List.of(trees, forests));
    }

    @Test
    void aGridOnSparkScoresEveryFoldExactlyAsThisComputerDoes() throws Exception {
        ExperimentSpec spec = grid();
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        Experiment onSpark = new ExperimentRunner(spark).run(project, spec, recording(progress, messages));
        Experiment here = new ExperimentRunner(2).run(project, spec, TaskContext.silent());

        assertSameScoresOnEveryFold(onSpark, here);
        assertThat(onSpark.versions()).containsEntry("engine", "Spark local[2]");
        assertThat(progress).last().isEqualTo(12.0);
        assertThat(messages).anyMatch(m -> m.startsWith("Spark local[2]: ") && m.contains(" of 12 cells"));
    }

    @Test
    void aCellWithABadOptionIsNamedByModelAndFoldAndTheOtherCellsComeBack() throws Exception {
        ExperimentSpec spec = LabelledSample.multiLabel(List.of(
                new ModelSpec(null, "BR", "J48", "", "", "PCut1"),
                new ModelSpec("broken RAkEL", "RAkEL", "J48", "-no-such-option 3", "", "PCut1")));
        Experiment here = new ExperimentRunner(1).run(project, LabelledSample.multiLabel(List.of(spec.models().get(0))),
                TaskContext.silent());

        assertThatThrownBy(() -> new ExperimentRunner(spark).run(project, spec, TaskContext.silent()))
                .isInstanceOfSatisfying(CellsFailedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("3 of 6 cells failed: model 'broken RAkEL', fold 1: ")
                            .contains("-no-such-option");
                    assertThat(e.failures()).extracting(CellsFailedException.Failure::fold).containsExactly(0, 1, 2);
                    assertThat(e.failures()).extracting(CellsFailedException.Failure::model).containsOnly("broken RAkEL");
                    assertThat(e.completed().results()).hasSize(1);
                    Experiment.ModelResult kept = e.completed().results().get(0);
                    assertThat(kept.model()).isEqualTo("BR + J48");
                    for (int k = 0; k < 3; k++) {
                        assertThat(kept.folds().get(k).metrics()).isEqualTo(here.results().get(0).folds().get(k).metrics());
                        assertThat(kept.folds().get(k).value(Metric.F1_MICRO)).isGreaterThan(0.3);
                    }
                });
    }

    @Test
    void cancelCancelsTheJobGroupAndTheSessionRunsTheNextExperiment() throws Exception {
        // 6 cells of 150 trees per label each: far longer than the cancel takes
        ExperimentSpec slow = LabelledSample.multiLabel(List.of(
                new ModelSpec("slow forest", "BR", "RandomForest", "", "-I 150", "PCut1"),
                new ModelSpec("slower forest", "CC", "RandomForest", "", "-I 150", "PCut1")));
        AtomicBoolean cancel = new AtomicBoolean();
        TaskContext context = TaskContext.of(message -> {
            if (message.contains(" cells")) {
                cancel.set(true);
            }
        }, cancel::get);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> new ExperimentRunner(spark).run(project, slow, context))
                .isInstanceOf(CancellationException.class);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds until the cancel was seen").isLessThan(30);

        JavaSparkContext session = SparkEngine.session(MASTER);
        int[] jobs = session.statusTracker().getJobIdsForGroup(spark.lastJobGroup());
        assertThat(jobs).hasSize(1);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (session.statusTracker().getJobInfo(jobs[0]).status() == JobExecutionStatus.RUNNING
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(session.statusTracker().getJobInfo(jobs[0]).status()).isEqualTo(JobExecutionStatus.FAILED);

        Experiment after = new ExperimentRunner(spark).run(project,
                LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1"))), TaskContext.silent());
        assertThat(after.results().get(0).folds()).hasSize(3);
    }

    /** The {@link #grid()} run on Spark scored every cell exactly as it was scored on this computer. */
    static void assertSameScoresOnEveryFold(Experiment onSpark, Experiment here) {
        assertThat(onSpark.results()).hasSize(4);
        assertThat(onSpark.foldTrackIds()).isEqualTo(here.foldTrackIds());
        assertThat(onSpark.labels()).isEqualTo(here.labels());
        for (int m = 0; m < 4; m++) {
            Experiment.ModelResult s = onSpark.results().get(m);
            Experiment.ModelResult h = here.results().get(m);
            assertThat(s.model()).isEqualTo(h.model());
            assertThat(s.folds()).hasSize(3);
            for (int k = 0; k < 3; k++) {
                assertThat(s.folds().get(k).fold()).isEqualTo(k);
                assertThat(s.folds().get(k).metrics()).as(s.model() + " fold " + k)
                        .isEqualTo(h.folds().get(k).metrics());
                assertThat(s.folds().get(k).perLabelF1()).as(s.model() + " fold " + k)
                        .isEqualTo(h.folds().get(k).perLabelF1());
                // confusion counts and binned scores per label: what the per-label charts and PR curves draw
                assertThat(s.folds().get(k).labelCounts()).as(s.model() + " fold " + k).hasSize(onSpark.labels().size())
                        .isEqualTo(h.folds().get(k).labelCounts());
                assertThat(s.folds().get(k).trainMs()).isPositive();
            }
        }
        // the grid's points differ from each other, so equal scores are not one model's scores repeated
        assertThat(onSpark.results().get(2).folds().get(0).metrics())
                .isNotEqualTo(onSpark.results().get(3).folds().get(0).metrics());
    }

    private static TaskContext recording(List<Double> progress, List<String> messages) {
        return TaskContext.of((done, total) -> progress.add(done), messages::add, () -> false);
    }
}
