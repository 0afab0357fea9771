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
        // warm-up: the learners' classes, native libraries and JIT, so that the first timed engine is not charged
        timed(project, new ExperimentSpec("warm-up", experiment.dataset(), Split.kfold(2),
                experiment.models().subList(0, 1), experiment.seed()), new LocalEngine(2, 2));
        PreparedData prepared = PreparedData.of(DatasetBuilder.build(project, experiment.dataset()), new int[0]);
        double local1 = timed(project, experiment, new LocalEngine(1, 1));
        double local2 = timed(project, experiment, new LocalEngine(2, 2));
        double[] start = new double[2];
        double[] spark = new double[2];
        for (int cores = 1; cores <= 2; cores++) {
            ExperimentEngine engine = EngineChoice.spark("local[" + cores + "]").open();
            long t0 = System.nanoTime();
            // an empty job on a fresh session: the session's start and one round trip, no training
            engine.run(prepared, List.of(), (d, c, x) -> null, TaskContext.silent());
            start[cores - 1] = (System.nanoTime() - t0) / 1e9;
            spark[cores - 1] = timed(project, experiment, engine);
        }
        out.put("local_1_thread_s", round(local1));
        out.put("local_2_threads_s", round(local2));
        out.put("spark_start_s", Arrays.stream(start).map(SparkBenchmark::round).boxed().toList());
        out.put("spark_local1_s", round(spark[0]));
        out.put("spark_local2_s", round(spark[1]));
        double overhead = spark[0] / local1 - 1;
        double speedUp = spark[0] / spark[1];
        out.put("per_cell_overhead", round(overhead));
        out.put("speedup_spark_1_to_2", round(speedUp));
        out.put("speedup_local_1_to_2", round(local1 / local2));
        double cellSeconds = spark[0] / cells;
        double efficiency = Math.min(1, speedUp / 2);
        out.put("estimate_1000_cells_16_cores_s", round(median(start) + 1000 * cellSeconds / (16 * efficiency)));
        JsonOut.print(spec.commandLine().getOut(), out);
        return 0;
    }

    private static double timed(Project project, ExperimentSpec experiment, ExperimentEngine engine) throws Exception {
        long t0 = System.nanoTime();
        new ExperimentRunner(engine).run(project, experiment, TaskContext.silent());
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] values) {
        List<Double> sorted = new ArrayList<>(Arrays.stream(values).boxed().sorted().toList());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
