package org.genreworkbench.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.ml.DatasetExport;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench train}: the public tracks joined by artist name to artist genre tags, the tags (on 5 artists
 * or more) clustered by Ward linkage into 12 labels, an 80/20 iterative-stratification split, and a method
 * over a base learner (BR over a 100-tree random forest unless told otherwise) trained on it.
 */
@Command(name = "train", description = "Times a method + base learner on the public tracks with clustered tag labels.")
final class TrainBenchmark implements Callable<Integer> {
    @Option(names = "--method", defaultValue = "BR", description = "method, a spec name: BR, CC, ..., or MLP (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--base", defaultValue = "RandomForest", description = "base learner, a spec name (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--base-options", paramLabel = "OPTIONS",
            description = "options of the base learner (default: -I TREES -num-slots SLOTS for RandomForest, "
                    + "the learner's defaults otherwise)")
    String baseOptions;

    @Option(names = "--export-dataset", paramLabel = "FILE.csv",
            description = "also write the rows, labels and split trained on (see docs/dataset-export.md)")
    Path exportDataset;

    @Option(names = "--data", defaultValue = Bench.PUBLIC_TRACKS,
            description = "the public tracks' folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--trees", defaultValue = "100", description = "RandomForest's trees (default: ${DEFAULT-VALUE})")
    int trees;

    @Option(names = "--labels", defaultValue = "12")
    int labels;

    @Option(names = "--slots", defaultValue = "2", description = "threads for the forest (default: ${DEFAULT-VALUE})")
    int slots;

    @Option(names = "--threshold", defaultValue = "PCut1",
            description = "PCut1, PCutL, a number, or for MLP Tuned1/TunedL (default: ${DEFAULT-VALUE})")
    String threshold;

    @Option(names = "--method-options", defaultValue = "", description = "options of the method, e.g. MLP's -layers 128,64")
    String methodOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = Bench.publicTracks(data);
        Bench.wardLabels(project, labels);
        ExperimentSpec experiment = new ExperimentSpec("bench train",
                new DatasetSpec("labelScheme", null, List.of("danceability", "energy", "key", "loudness", "mode",
                        "speechiness", "acousticness", "instrumentalness", "liveness", "valence", "tempo", "duration_ms",
                        "popularity"), false, false, false, true),
                Split.holdout(0.2),
                List.of(new ModelSpec(null, method, base, methodOptions, options(), threshold)), 1);
        if (exportDataset != null) {
            DatasetExport.write(project, experiment, exportDataset);
        }
        Experiment result = new ExperimentRunner(1).run(project, experiment, TaskContext.silent());
        Experiment.FoldScore fold = result.results().get(0).folds().get(0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tracks", org.genreworkbench.ml.DatasetBuilder.build(project, experiment.dataset()).rows());
        out.put("test_tracks", result.foldTrackIds().get(0).size());
        out.put("labels", result.labels().size());
        out.put("model", experiment.models().get(0).describe());
        if (fold.lossCurve() != null) {
            out.put("epochs", fold.lossCurve().epochs());
            out.put("kept_epoch", fold.lossCurve().keptEpoch());
        }
        out.put("train_s", Math.round(fold.trainMs()) / 1000.0);
        out.put("predict_s", Math.round(fold.testMs()) / 1000.0);
        for (Metric m : List.of(Metric.F1_MICRO, Metric.F1_MACRO_LABEL, Metric.HAMMING_LOSS)) {
            out.put(m.key(), Math.round(fold.value(m) * 10_000) / 10_000.0);
        }
        JsonOut.print(spec.commandLine().getOut(), out);
        return 0;
    }

    private String options() {
        if (baseOptions != null) {
            return baseOptions;
        }
        return base.equals("RandomForest") ? "-I " + trees + " -num-slots " + slots : "";
    }
}
