package org.genreworkbench.ui.models;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.ModelExport;
import org.genreworkbench.ml.KeptModels;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.ml.PredictionService;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.export.ExportFolder;
import org.genreworkbench.export.FileNames;
import org.genreworkbench.export.ChartFiles;
import org.genreworkbench.export.ResultsCsv;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.report.ExperimentReport;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;
import org.jfree.chart.JFreeChart;

/**
 * Files made from the shown experiment: its scores as CSV, a chosen model trained on all rows as a Weka/MEKA
 * file. The dialogs start in a sensible folder, the writing runs in the background through the ml services,
 * and the status line names the file written, with its whole path.
 */
final class ResultExports {
    private final WorkbenchContext context;
    private final ShownExperiment shown;
    private final RunStatus status;
    private final ExportFolder folder;

    ResultExports(WorkbenchContext context, ShownExperiment shown, RunStatus status) {
        this.context = context;
        this.shown = shown;
        this.status = status;
        this.folder = new ExportFolder(context.session()::file);
    }

    /** Every per-fold score of the shown experiment, as CSV. */
    void exportCsv() {
        Experiment e = shown.experiment();
        if (e == null) {
            return;
        }
        context.dialogs().chooseFileToSave("Export results", folder.suggest(), fileName(e.name()) + "-scores.csv", List.of("csv"))
                .map(file -> FileNames.withExtension(file, "csv"))
                .ifPresent(file -> write("Exporting " + file.getFileName(), file, () -> {
                    int rows = ResultsCsv.write(e, file);
                    return String.format(Locale.US, "Wrote %,d scores to %s", rows, file.toAbsolutePath());
                }));
    }

    /**
     * The shown experiment as one self-contained HTML page: data set, labels, settings, the comparison against the
     * chosen baseline, every fold, and the feature ablation last run on it.
     */
    void exportReport() {
        Experiment e = shown.experiment();
        if (e == null) {
            return;
        }
        Project snapshot = context.session().project().snapshot();
        ExperimentReport.Extras extras = new ExperimentReport.Extras(shown.baselineProperty().get(),
                shown.ablation().orElse(null));
        context.dialogs().chooseFileToSave("Export report", folder.suggest(), fileName(e.name()) + "-report.html",
                        List.of("html"))
                .map(file -> FileNames.withExtension(file, "html"))
                .ifPresent(file -> write("Writing the report on " + e.name(), file, () -> {
                    new ExperimentReport().write(snapshot, e, extras, file);
                    return "Wrote the report on " + e.name() + " to " + file.toAbsolutePath();
                }));
    }

    /**
     * The model chosen in the comparison, trained on all rows of the shown experiment: a Weka/MEKA file, or for a
     * network DJL's parameter file with its architecture as JSON beside it.
     */
    void exportModel() {
        String chosen = shown.chosenProperty().get();
        ExperimentSpec spec = shown.spec().orElse(null);
        if (chosen == null || spec == null) {
            return;
        }
        ModelSpec model = spec.models().stream().filter(m -> m.name().equals(chosen)).findFirst().orElse(null);
        if (model == null) {
            return;
        }
        Project snapshot = context.session().project().snapshot();
        Experiment experiment = shown.experiment();
        // Trained once on every labelled track and held with the experiment's other models: a second export
        // (or Predict) does not train again.
        KeptModels kept = experiment == null ? null : context.session().held().modelsFor(experiment.id());
        // A network is written as DJL's parameter file (its architecture beside it), any other model as Weka/MEKA's
        String extension = model.network() ? "params" : "model";
        context.dialogs().chooseFileToSave(model.network() ? "Export trained network (DJL parameters)"
                                : "Export trained model (Weka/MEKA)", folder.suggest(),
                        ModelExport.suggestedFileName(model), List.of(extension))
                .map(file -> FileNames.withExtension(file, extension))
                .ifPresent(file -> write((kept != null && kept.refit(chosen).isPresent() ? "Exporting "
                        : "Training and exporting ") + chosen, file, () -> {
                    List<Path> written = PredictionService.exportModel(snapshot, spec, model, kept, file,
                            TaskContext.silent());
                    return "Wrote " + chosen + ", trained on all rows, to " + written.stream()
                            .map(p -> p.toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(" and "));
                }));
    }

    /** A chart of the shown experiment as a picture, PNG or SVG, at the size the Explore charts export at. */
    void chart(JFreeChart chart, ChartFiles.Format format, String what) {
        Experiment e = shown.experiment();
        String ext = format.extension();
        String name = fileName((e == null ? "" : e.name() + " ") + what) + "." + ext;
        context.dialogs().chooseFileToSave("Export chart", folder.suggest(), name, List.of(ext))
                .map(file -> FileNames.withExtension(file, ext))
                .ifPresent(file -> write("Exporting " + file.getFileName(), file, () -> {
                    ChartFiles.write(chart, format, file);
                    return "Wrote the chart " + what + " to " + file.toAbsolutePath();
                }));
    }

    /** What a background write says when it is done. */
    @FunctionalInterface
    private interface Writing {
        String writeAndSay() throws Exception;
    }

    private void write(String title, Path file, Writing writing) {
        Project origin = context.session().project();
        status.say(title + "…");
        BackgroundTask.of(title, ctx -> writing.writeAndSay())
                .onSuccess(done -> {
                    context.session().held().refresh();
                    folder.used(file);
                    if (context.session().project() == origin) {
                        status.say(done + ".");
                    }
                })
                .onFailure(err -> {
                    context.session().held().refresh();
                    String message = "Could not write " + file.toAbsolutePath() + ": " + err.getMessage();
                    status.say(message);
                    context.dialogs().showError("Could not export", message);
                })
                .executeWith(context.executor());
    }

    private static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return safe.isEmpty() ? "results" : safe;
    }
}
