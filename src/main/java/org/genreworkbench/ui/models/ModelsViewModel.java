package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import org.genreworkbench.model.Counted;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.FeatureAblation;
import org.genreworkbench.ml.FeatureCoverage;
import org.genreworkbench.ml.FoldDistribution;
import org.genreworkbench.ml.KeptModels;
import org.genreworkbench.tracking.MlflowLogger;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.ml.engine.EngineChoice;
import org.genreworkbench.ml.engine.ExperimentEngine;
import org.genreworkbench.ml.mlp.MlpEngine;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.task.TimeLeft;
import org.genreworkbench.ui.LargeWorkspaces;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Models tab's state and work: the next run's data set and models, the experiment on show, and the long
 * jobs on it (run, feature ablation) with one status line. Everything it shows belongs to the open workspace:
 * when the workspace is replaced (File &gt; New, Open, Close) a job on is cancelled and the comparison empties.
 * Runs in plain JUnit with a synchronous executor.
 */
public final class ModelsViewModel {
    private final WorkbenchContext context;
    private final DatasetSettings dataset = new DatasetSettings();
    private final ModelChoice models = new ModelChoice();
    private final ShownExperiment shown = new ShownExperiment();
    private final ResultCharts charts = new ResultCharts(shown);
    private final LabelResultCharts labelCharts = new LabelResultCharts(shown, charts.selectedModels());
    private final RunStatus status;
    private final EngineSettings engine;
    private final ResultExports exports;
    private final PredictionViewModel predictions;
    /** Null while PyTorch loads, empty once it has, else why it cannot run here. */
    private final ReadOnlyStringWrapper networkUnavailable = new ReadOnlyStringWrapper();
    private TaskHandle job;
    private Project coveredProject;
    private int coveredTracks = -1;
    private int coveredArtists = -1;
    private long coverageAsked;
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper();

    public ModelsViewModel(WorkbenchContext context) {
        this(context, MlpEngine::unavailableReason);
    }

    /** With {@code networkCheck} saying whether the MLP's engine loads here (it may take seconds: run off the UI thread). */
    ModelsViewModel(WorkbenchContext context, Supplier<Optional<String>> networkCheck) {
        this.context = context;
        this.status = new RunStatus();
        this.engine = new EngineSettings(EngineChoice.fromSettings(context.settings()::get));
        this.exports = new ResultExports(context, shown, status);
        this.predictions = new PredictionViewModel(context, shown, status);
        context.session().projectProperty().addListener((obs, old, now) -> workspaceReplaced());
        context.session().revisionProperty().addListener((obs, old, now) -> workspaceChanged());
        models.models().addListener((ListChangeListener<ModelSpec>) c -> updateHint());
        dataset.targetProperty().addListener((obs, old, now) -> updateHint());
        dataset.pickTarget(project());
        workspaceChanged();
        BackgroundTask.of("Loading PyTorch", ctx -> networkCheck.get().orElse(""))
                .onSuccess(networkUnavailable::set)
                .onFailure(e -> networkUnavailable.set(String.valueOf(e.getMessage())))
                .executeWith(context.executor());
    }

    /**
     * Whether the MLP can run on this machine: null while its engine loads, empty once it has, else the reason
     * it cannot (the method is then offered disabled, with the reason).
     */
    ReadOnlyStringProperty networkUnavailableProperty() {
        return networkUnavailable.getReadOnlyProperty();
    }

    DatasetSettings dataset() {
        return dataset;
    }

    ModelChoice models() {
        return models;
    }

    ShownExperiment shown() {
        return shown;
    }

    ResultCharts charts() {
        return charts;
    }

    /** Precision and recall, confusion counts and PR curves per label. */
    LabelResultCharts labelCharts() {
        return labelCharts;
    }

    /** Where Run trains the cells: this computer or Spark. */
    EngineSettings engine() {
        return engine;
    }

    ResultExports exports() {
        return exports;
    }

    /** Predict, and what is done with the predictions. */
    PredictionViewModel predictions() {
        return predictions;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return status.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    public ObservableStringValue status() {
        return status.text();
    }

    /** Experiments kept in the workspace, newest last. */
    List<Experiment> pastExperiments() {
        return project().experiments();
    }

    private Project project() {
        return context.session().project();
    }

    private void workspaceReplaced() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        status.forget();
        shown.clear();
        dataset.pickTarget(project());
        workspaceChanged();
    }

    /**
     * Keeps the feature coverage and the hint up to date; coverage only when tracks or artists came or went, and
     * for a large workspace by a background task (the last one asked for is the one shown).
     */
    private void workspaceChanged() {
        Project p = project();
        if (p != coveredProject || p.tracks().size() != coveredTracks || p.artists().size() != coveredArtists) {
            coveredProject = p;
            coveredTracks = p.tracks().size();
            coveredArtists = p.artists().size();
            long asked = ++coverageAsked;
            if (!LargeWorkspaces.isLarge(p)) {
                dataset.followCoverage(FeatureCoverage.of(p));
            } else {
                List<Track> tracks = List.copyOf(p.tracks().values());
                Project artists = p.artistsOnly();
                BackgroundTask.of("Counting the feature values of " + Counted.of(tracks.size(), "track"),
                                ctx -> FeatureCoverage.of(tracks, artists))
                        .onSuccess(coverage -> {
                            if (asked == coverageAsked) {
                                dataset.followCoverage(coverage);
                            }
                        })
                        .executeWith(context.executor());
            }
        }
        updateHint();
    }

    private void updateHint() {
        Project p = project();
        String hint;
        boolean ready = false;
        if (p.tracks().isEmpty()) {
            hint = "No tracks yet: import or fetch some in the Data tab.";
        } else if (dataset.targetProperty().get() == Target.LABEL_SCHEME && p.activeLabelScheme() == null) {
            hint = "No label scheme yet: make one in the Labels tab, or choose the playlist genre as the target.";
        } else if (models.models().isEmpty()) {
            hint = "Add models, then Run.";
        } else {
            int n = models.count(dataset.targetProperty().get());
            hint = n == 1 ? "Run trains the model on the split above."
                    : "Run trains the " + n + " models on the same folds.";
            ready = true;
        }
        status.hintProperty().set(hint);
        canRun.set(ready);
    }

    /**
     * Whether the workspace and the settings give a run something to do: tracks, a target (an active label scheme
     * for labels), models. When not, the status line says what is missing and Run waits for it.
     */
    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /** The experiment spec the settings describe; throws with a message for the user when they make none. */
    ExperimentSpec spec() {
        Target target = dataset.targetProperty().get();
        return new ExperimentSpec("experiment", dataset.dataset(project()), dataset.split(), models.forTarget(target),
                dataset.seedProperty().get());
    }

    /** Runs the experiment in the background; the result is shown and kept in the workspace. */
    public void run() {
        ExperimentSpec spec;
        EngineChoice engineChoice;
        try {
            spec = spec();
            engineChoice = engine.choice();
        } catch (IllegalArgumentException e) {
            status.say(e.getMessage());
            return;
        }
        engineChoice.store(context.settings()::put);
        Project origin = project();
        Project snapshot = origin.snapshot();
        // Models trained here are kept for Export model and Predict; a cluster never sends them back.
        KeptModels kept = engineChoice.kind() == EngineChoice.Kind.THIS_COMPUTER ? new KeptModels() : null;
        RunStatus.Run run = status.begin("Running " + Counted.of(spec.models().size(), "model")
                + (engineChoice.kind() == EngineChoice.Kind.THIS_COMPUTER ? "" : " on " + engineChoice.describe()) + "…");
        job = BackgroundTask.of("Running experiment '" + spec.name() + "'",
                        ctx -> {
                            try (ExperimentEngine cells = engineChoice.open()) {
                                return new ExperimentRunner(cells).run(snapshot, spec, ctx, kept);
                            }
                        })
                .onMessage(run::message)
                .onProgress(run::progress)
                .onSuccess(experiment -> {
                    if (!run.isOn()) {
                        release(kept);
                        return;
                    }
                    origin.putExperiment(experiment);
                    context.session().held().hold(experiment.id(), kept == null ? new KeptModels() : kept);
                    showAndReport(experiment);
                    run.end("Done: " + Counted.of(experiment.results().size(), "model") + " on "
                            + evaluations(experiment) + ".");
                    logToMlflow(experiment, run);
                })
                .onCancelled(() -> {
                    release(kept);
                    run.end("Cancelled; nothing was kept.");
                })
                .onFailure(e -> {
                    release(kept);
                    run.end("The run failed: " + e.getMessage());
                })
                .executeWith(context.executor());
    }

    private static void release(KeptModels kept) {
        if (kept != null) {
            kept.close();
        }
    }

    /** Logs to the MLflow server named in the settings ({@code mlflow.url}), if any; failures are only reported. */
    private void logToMlflow(Experiment experiment, RunStatus.Run run) {
        String url = context.settings().get("mlflow.url");
        if (url == null || url.isBlank()) {
            return;
        }
        String done = status.text().get();
        Project origin = project();
        BackgroundTask.of("Logging to MLflow", ctx -> new MlflowLogger(url).log(experiment))
                .onSuccess(outcome -> {
                    if (project() == origin && status.text().get().equals(done)) {
                        status.say(done + " " + outcome.message() + ".");
                    }
                })
                .executeWith(context.executor());
    }

    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** Shows an experiment kept in the workspace; the status line says which (a run's "Done: …" was about another). */
    public void show(Experiment experiment) {
        showAndReport(experiment);
        if (experiment != null && !status.runningProperty().get()) {
            status.say("Showing '" + experiment.name() + "' of " + experiment.createdText() + " UTC: "
                    + Counted.of(experiment.results().size(), "model") + " on " + evaluations(experiment) + ".");
        }
    }

    private static String evaluations(Experiment experiment) {
        int n = experiment.foldTrackIds().size();
        return n == 1 ? "1 split" : n + " folds";
    }

    private void showAndReport(Experiment experiment) {
        shown.show(experiment);
    }

    /** The label shares per fold of the shown experiment, computed in the background and shown as a heat map. */
    public void foldBalance() {
        Experiment e = shown.experiment();
        if (e == null) {
            return;
        }
        Project origin = project();
        Project snapshot = origin.snapshot();
        BackgroundTask.of("Computing fold balance", ctx -> FoldDistribution.of(snapshot, e))
                .onSuccess(d -> {
                    if (project() == origin) {
                        charts.showFoldBalance(e, d);
                    }
                })
                .onFailure(err -> {
                    if (project() == origin) {
                        status.say("Could not compute the fold balance: " + err.getMessage());
                    }
                })
                .executeWith(context.executor());
    }

    /**
     * Runs the model chosen in the comparison on the shown experiment's data and folds, once on all its features
     * and once without each, after saying how long that should take; the result is shown as a chart and kept
     * for the report.
     */
    public void ablation() {
        Experiment e = shown.experiment();
        String chosen = shown.chosenProperty().get();
        ExperimentSpec spec = shown.spec().orElse(null);
        if (e == null || chosen == null || spec == null) {
            status.say("Choose a model in the comparison first: feature ablation runs that model.");
            return;
        }
        ModelSpec model = spec.models().stream().filter(m -> m.name().equals(chosen)).findFirst().orElse(null);
        if (model == null) {
            status.say("The experiment's definition has no model '" + chosen + "'.");
            return;
        }
        int runs = spec.dataset().features().size() + 1;
        String estimate = FeatureAblation.estimate(e, spec, chosen)
                .map(d -> TimeLeft.approximately(d) + ", judging by its run here").orElse("time unknown");
        String question = String.format(Locale.US, "Feature ablation trains %s %d times on the %d %s of '%s': once "
                        + "with all %d features, then once without each.%n%nThis should take %s.",
                chosen, runs, spec.split().evaluations(), spec.split().evaluations() == 1 ? "split" : "folds", e.name(),
                runs - 1, estimate);
        if (!context.dialogs().confirm("Feature ablation of " + chosen, question)) {
            return;
        }
        Project snapshot = project().snapshot();
        RunStatus.Run run = status.begin("Feature ablation of " + chosen + "…");
        long started = System.nanoTime();
        job = BackgroundTask.of("Feature ablation of " + chosen,
                        ctx -> FeatureAblation.run(snapshot, spec, model, ctx))
                .onMessage(run::message)
                .onProgress(run::progress)
                .onSuccess(result -> {
                    if (!run.isOn()) {
                        return;
                    }
                    charts.showAblation(e, result);
                    run.end("Feature ablation of " + chosen + " done in "
                            + TimeLeft.rounded(java.time.Duration.ofNanos(System.nanoTime() - started)) + ".");
                })
                .onCancelled(() -> run.end("Feature ablation cancelled."))
                .onFailure(err -> run.end("Feature ablation failed: " + err.getMessage()))
                .executeWith(context.executor());
    }
}
