package org.genreworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.export.PredictionsCsv;
import org.genreworkbench.labels.PredictedSchemes;
import org.genreworkbench.ml.PredictionService;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code predict WS.gwb --model NAME [--experiment NAME|ID] [--csv FILE.csv] [--save SCHEME]}: trains a model of a
 * kept experiment on every labelled track and predicts the labels of the tracks that have none.
 */
@Command(name = "predict", description = "Predicts the labels of the tracks without any with a model of a kept "
        + "experiment, trained on every labelled track.")
final class PredictCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WS.gwb")
    Path workspace;

    @Option(names = "--experiment", paramLabel = "NAME|ID",
            description = "the kept experiment (by name or id; the newest of that name); the newest one by default")
    String experimentName;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "the experiment's model to predict with")
    String model;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "write each predicted track's labels and probabilities")
    Path csv;

    @Option(names = "--save", paramLabel = "SCHEME",
            description = "keep the predicted labels in the workspace as a label scheme marked as predicted")
    String scheme;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = new WorkspaceReader().open(workspace);
        Experiment experiment = find(project.experiments());
        PrintWriter err = spec.commandLine().getErr();
        TaskContext progress = TaskContext.of(message -> {
            err.println(message);
            err.flush();
        }, () -> false);
        Predictions predictions = PredictionService.predict(project, experiment, model, null, progress);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("experiment", experiment.name());
        summary.put("model", predictions.model());
        summary.put("labelled_tracks", predictions.labelledTracks());
        summary.put("predicted_tracks", predictions.tracks().size());
        summary.put("without_features", predictions.withoutFeatures());
        summary.put("without_label", predictions.withoutLabel());
        Map<String, Object> perLabel = new LinkedHashMap<>();
        int[] counts = predictions.labelCounts();
        for (int l = 0; l < counts.length; l++) {
            perLabel.put(predictions.labels().get(l), counts[l]);
        }
        summary.put("per_label", perLabel);
        if (csv != null) {
            PredictionsCsv.write(predictions, project, csv);
            summary.put("csv", csv.toAbsolutePath().toString());
        }
        if (scheme != null) {
            PredictedSchemes.save(project, scheme, predictions);
            new WorkspaceWriter().save(project, workspace);
            summary.put("scheme", scheme.strip());
        }
        JsonOut.print(spec.commandLine().getOut(), summary);
        return 0;
    }

    private Experiment find(List<Experiment> experiments) {
        if (experiments.isEmpty()) {
            throw new IllegalArgumentException(workspace + " keeps no experiment: run one with "
                    + "experiment --spec SPEC.json --save");
        }
        if (experimentName == null) {
            return experiments.get(experiments.size() - 1);
        }
        for (int i = experiments.size() - 1; i >= 0; i--) {
            Experiment e = experiments.get(i);
            if (e.name().equals(experimentName) || e.id().equals(experimentName)) {
                return e;
            }
        }
        throw new IllegalArgumentException("--experiment: " + workspace + " keeps no experiment named '"
                + experimentName + "'; it keeps: " + experiments.stream().map(Experiment::name).distinct().toList());
    }
}
