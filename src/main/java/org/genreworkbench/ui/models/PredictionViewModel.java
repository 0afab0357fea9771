package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import org.genreworkbench.export.ExportFolder;
import org.genreworkbench.export.FileNames;
import org.genreworkbench.export.PredictionsCsv;
import org.genreworkbench.labels.PredictedSchemes;
import org.genreworkbench.ml.KeptModels;
import org.genreworkbench.ml.PredictionService;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.HeldModels;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * Predict on the shown experiment: the model chosen in the comparison, trained on every labelled track (the held
 * refit when there is one), labels the tracks that have none; the predictions show in the Data table, export as
 * CSV and can be kept as a label scheme marked as predicted. The held models are let go when the experiment
 * leaves the view.
 */
final class PredictionViewModel {
    private final WorkbenchContext context;
    private final ShownExperiment shown;
    private final RunStatus status;
    private final HeldModels held;
    private final ExportFolder folder;
    private TaskHandle job;

    PredictionViewModel(WorkbenchContext context, ShownExperiment shown, RunStatus status) {
        this.context = context;
        this.shown = shown;
        this.status = status;
        this.held = context.session().held();
        this.folder = new ExportFolder(context.session()::file);
        shown.experimentProperty().addListener((obs, old, now) -> {
            if (now == null || !held.holds(now.id())) {
                held.release();
            }
        });
    }

    /** True while there are predictions of the shown experiment to export or save. */
    BooleanBinding hasPredictions() {
        return Bindings.isNotNull(held.predictionsProperty());
    }

    /** Predicts the labels of the tracks without any with the model chosen in the comparison, in the background. */
    void predict() {
        Experiment e = shown.experiment();
        String chosen = shown.chosenProperty().get();
        if (e == null || chosen == null) {
            status.say("Choose a model in the comparison first: Predict trains that model on every labelled track.");
            return;
        }
        Project origin = context.session().project();
        Project snapshot = origin.snapshot();
        KeptModels kept = held.modelsFor(e.id());
        boolean trains = kept.refit(chosen).isEmpty();
        RunStatus.Run run = status.begin((trains ? "Training " + chosen + " on every labelled track, then predicting"
                : "Predicting with " + chosen) + "…");
        job = BackgroundTask.of("Predicting with " + chosen,
                        ctx -> PredictionService.predict(snapshot, e, chosen, kept, ctx))
                .onMessage(run::message)
                .onProgress(run::progress)
                .onSuccess(predictions -> {
                    held.refresh();
                    if (!run.isOn() || context.session().project() != origin || !held.holds(e.id())) {
                        return;
                    }
                    held.showPredictions(predictions);
                    run.end(String.format(Locale.US, "Predicted %,d tracks without a label with %s, trained on %,d "
                                    + "labelled tracks%s: see the Predicted column of the Data table.",
                            predictions.tracks().size(), chosen, predictions.labelledTracks(),
                            predictions.withoutFeatures() == 0 ? ""
                                    : String.format(Locale.US, " (%,d without features left out)", predictions.withoutFeatures())));
                })
                .onCancelled(() -> {
                    held.refresh();
                    run.end("Prediction cancelled.");
                })
                .onFailure(err -> {
                    held.refresh();
                    run.end("Prediction failed: " + err.getMessage());
                })
                .executeWith(context.executor());
    }

    /** Stops a prediction under way. */
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** The predictions as CSV: each track's labels and the probability of every label. */
    void exportCsv() {
        Predictions predictions = held.predictionsProperty().get();
        if (predictions == null) {
            return;
        }
        Project snapshot = context.session().project().snapshot();
        String name = PredictedSchemes.suggestedName(predictions) + ".csv";
        context.dialogs().chooseFileToSave("Export predictions", folder.suggest(), name, List.of("csv"))
                .map(file -> FileNames.withExtension(file, "csv"))
                .ifPresent(file -> {
                    status.say("Exporting " + file.getFileName() + "…");
                    BackgroundTask.of("Exporting predictions", ctx -> PredictionsCsv.write(predictions, snapshot, file))
                            .onSuccess(rows -> {
                                folder.used(file);
                                status.say(String.format(Locale.US, "Wrote %,d predicted tracks to %s.", rows,
                                        file.toAbsolutePath()));
                            })
                            .onFailure(err -> {
                                String message = "Could not write " + file.toAbsolutePath() + ": " + err.getMessage();
                                status.say(message);
                                context.dialogs().showError("Could not export", message);
                            })
                            .executeWith(context.executor());
                });
    }

    /** Keeps the predictions in the workspace as a label scheme marked as predicted, under a name asked for. */
    void saveAsScheme() {
        Predictions predictions = held.predictionsProperty().get();
        if (predictions == null) {
            return;
        }
        context.dialogs().askText("Save predictions as a label scheme",
                        "A name for the scheme of predicted labels (marked as predicted: experiments will not learn from it)",
                        PredictedSchemes.suggestedName(predictions))
                .ifPresent(name -> {
                    try {
                        PredictedSchemes.save(context.session().project(), name, predictions);
                        status.say("Saved the labels predicted by " + predictions.model() + " as the label scheme '"
                                + name.strip() + "', marked as predicted.");
                    } catch (IllegalArgumentException e) {
                        status.say(e.getMessage());
                        context.dialogs().showError("Could not save the predictions", e.getMessage());
                    }
                });
    }
}
