package org.genreworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.ml.DatasetBuilder;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.ml.engine.EngineChoice;
import org.genreworkbench.ml.engine.ExperimentEngine;
import org.genreworkbench.ml.engine.LocalEngine;
import org.genreworkbench.ml.engine.PreparedData;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench spark}: a spec's grid (clustered-tags.json by default) on the public tracks with 12 clustered
 * labels, on this computer with 1 and 2 threads and on Spark local[1] and local[2]: Spark's start-up, its
 * overhead per cell against this computer, the speed-up from 1 to 2 cores, and what a 1,000-cell grid would
 * take on 16 cores.
 */
@Command(name = "spark", description = "Times a spec's cells on this computer and on Spark local[1] and local[2].")
final class SparkBenchmark implements Callable<Integer> {
    @Option(names = "--spec", defaultValue = "sample-data/experiments/clustered-tags.json")
    Path specFile;

    @Option(names = "--models", defaultValue = "0", description = "only the spec's first N models (0: all)")
    int models;

    @Option(names = "--folds", defaultValue = "0", description = "k-fold with this k instead of the spec's split")
    int folds;

    @Option(names = "--data", defaultValue = Bench.PUBLIC_TRACKS)
    Path data;

    @Option(names = "--repeats", defaultValue = "1",
            description = "rounds of the four engines, one after another; figures are the medians (default: ${DEFAULT-VALUE})")
    int repeats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = Bench.publicTracks(data);
        Bench.wardLabels(project, 12);
        ExperimentSpec given = ExperimentSpec.fromJson(Files.readString(specFile));
        ExperimentSpec experiment = new ExperimentSpec(given.name(), given.dataset(),
                folds > 0 ? Split.kfold(folds) : given.split(),
                models > 0 ? given.models().subList(0, Math.min(models, given.models().size())) : given.models(),
                given.seed());
        int cells = experiment.models().size() * experiment.split().evaluations();

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cells", cells);
        out.put("rows", DatasetBuilder.build(project, experiment.dataset()).rows());
        // warm-up: the whole experiment once, so that the learners' classes, native libraries and compiled code
        // are ready before the first timed engine (a smaller warm-up left the first one a fifth slower)
        timedRun(project, experiment, new LocalEngine(2, 2));
        PreparedData prepared = PreparedData.of(DatasetBuilder.build(project, experiment.dataset()), new int[0]);
        // The machine's speed wanders over minutes: each round times all four, and the medians are compared.
        // One Spark session lives at a time in a JVM, so each round starts local[1]'s and then local[2]'s.
        List<List<Double>> runs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Double>> starts = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> outside = List.of(new ArrayList<>(), new ArrayList<>());
        // the cells' own seconds in each run: on 2 cores, whether the cells took longer or the cores stood idle
        List<List<Double>> cellSums = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < Math.max(1, repeats); round++) {
            Run local1 = timedRun(project, experiment, new LocalEngine(1, 1));
            runs.get(0).add(local1.wall());
            Run local2 = timedRun(project, experiment, new LocalEngine(2, 2));
            runs.get(1).add(local2.wall());
            cellSums.get(0).add(local1.cells());
            cellSums.get(1).add(local2.cells());
            for (int cores = 1; cores <= 2; cores++) {
                ExperimentEngine engine = EngineChoice.spark("local[" + cores + "]").open();
                long t0 = System.nanoTime();
                // an empty job on a fresh session: the session's start and one round trip, no training
                engine.run(prepared, List.of(), (d, c, x) -> null, TaskContext.silent());
                starts.get(cores - 1).add((System.nanoTime() - t0) / 1e9);
                Run run = timedRun(project, experiment, engine);
                runs.get(1 + cores).add(run.wall());
                cellSums.get(1 + cores).add(run.cells());
                if (cores == 1) {
                    // Spark's own cost on one core, within one round: its time outside the cells beyond the local
                    // engine's, per second of cell work. Unlike the ratio of two runs' wall times, it does not move
                    // with the machine's speed between the runs.
                    outside.get(0).add(local1.outside());
                    outside.get(1).add(run.outside());
                }
            }
        }
        double[] start = {median(starts.get(0)), median(starts.get(1))};
        double local1 = median(runs.get(0));
        double local2 = median(runs.get(1));
        double[] spark = {median(runs.get(2)), median(runs.get(3))};
        out.put("runs_s", Map.of("local_1_thread", rounded(runs.get(0)), "local_2_threads", rounded(runs.get(1)),
                "spark_local1", rounded(runs.get(2)), "spark_local2", rounded(runs.get(3))));
        out.put("local_1_thread_s", round(local1));
        out.put("local_2_threads_s", round(local2));
        out.put("spark_start_s", Arrays.stream(start).map(SparkBenchmark::round).boxed().toList());
        // the first of local[1]'s is the process's first Spark session: its classes loaded, Hadoop's set-up read
        out.put("spark_start_runs_s", Map.of("local1", rounded(starts.get(0)), "local2", rounded(starts.get(1))));
        out.put("spark_local1_s", round(spark[0]));
        out.put("spark_local2_s", round(spark[1]));
        double overhead = spark[0] / local1 - 1;
        double speedUp = spark[0] / spark[1];
        out.put("per_cell_overhead", round(overhead));
        out.put("outside_cells_1_core", Map.of("local", rounded(outside.get(0)), "spark", rounded(outside.get(1))));
        List<Double> overheadInRun = new ArrayList<>();
        for (int r = 0; r < outside.get(0).size(); r++) {
            overheadInRun.add(outside.get(1).get(r) - outside.get(0).get(r));
        }
        out.put("per_cell_overhead_within_rounds", rounded(overheadInRun));
        out.put("per_cell_overhead_within_rounds_median", round(median(overheadInRun)));
        out.put("cell_seconds", Map.of("local_1_thread", rounded(cellSums.get(0)), "local_2_threads", rounded(cellSums.get(1)),
                "spark_local1", rounded(cellSums.get(2)), "spark_local2", rounded(cellSums.get(3))));
        out.put("speedup_spark_1_to_2", round(speedUp));
        out.put("speedup_local_1_to_2", round(local1 / local2));
        // within a round the two runs are minutes apart, so a round's ratio is less exposed to the machine's
        // wandering speed than the ratio of medians
        List<Double> sparkRounds = new ArrayList<>();
        List<Double> localRounds = new ArrayList<>();
        for (int r = 0; r < runs.get(0).size(); r++) {
            sparkRounds.add(runs.get(2).get(r) / runs.get(3).get(r));
            localRounds.add(runs.get(0).get(r) / runs.get(1).get(r));
        }
        out.put("speedup_spark_1_to_2_by_round", rounded(sparkRounds));
        out.put("speedup_local_1_to_2_by_round", rounded(localRounds));
        double cellSeconds = spark[0] / cells;
        double efficiency = Math.min(1, speedUp / 2);
        out.put("estimate_1000_cells_16_cores_s", round(median(start) + 1000 * cellSeconds / (16 * efficiency)));
        JsonOut.print(spec.commandLine().getOut(), out);
        return 0;
    }

    /** A run's wall time, and the time its cells spent training and testing (the sum over cells). */
    private record Run(double wall, double cells) {
        /** Wall time outside the cells (preparing the data, handing cells out, gathering results) per cell second. */
        double outside() {
            return (wall - cells) / cells;
        }
    }

    private static Run timedRun(Project project, ExperimentSpec experiment, ExperimentEngine engine) throws Exception {
        long t0 = System.nanoTime();
        Experiment done = new ExperimentRunner(engine).run(project, experiment, TaskContext.silent());
        double wall = (System.nanoTime() - t0) / 1e9;
        double cellMs = done.results().stream().flatMap(r -> r.folds().stream())
                .mapToDouble(f -> f.trainMs() + f.testMs()).sum();
        return new Run(wall, cellMs / 1000);
    }

    private static double median(double[] values) {
        return median(Arrays.stream(values).boxed().toList());
    }

    private static List<Double> rounded(List<Double> values) {
        return values.stream().map(SparkBenchmark::round).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
