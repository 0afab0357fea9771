package org.genreworkbench.ui.models;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.ml.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.ml.ExperimentSpec;
import org.genreworkbench.ml.Features;
import org.genreworkbench.ml.ModelSpec;
import org.genreworkbench.ml.SplitSpec;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Models tab's state: the dataset definition, the models to compare, the run, and the comparison of the
 * experiment on show (a fresh run or one reopened from the workspace).
 */
public final class ModelsViewModel {
    /** The two kinds of target the tab offers. */
    public enum Target { LABEL_SCHEME, PLAYLIST_GENRE }

    private final WorkbenchContext context;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.LABEL_SCHEME);
    private final ObservableList<String> features = FXCollections.observableArrayList(Features.AUDIO);
    private final BooleanProperty standardise = new SimpleBooleanProperty(true);
    private final BooleanProperty logSkewed = new SimpleBooleanProperty(true);
    private final BooleanProperty oneHot = new SimpleBooleanProperty(false);
    private final BooleanProperty dropMissing = new SimpleBooleanProperty(false);
    private final BooleanProperty kfold = new SimpleBooleanProperty(true);
    private final IntegerProperty folds = new SimpleIntegerProperty(5);
    private final DoubleProperty testFraction = new SimpleDoubleProperty(0.2);
    private final BooleanProperty secondOrder = new SimpleBooleanProperty(false);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final StringProperty name = new SimpleStringProperty("experiment");
    private final ObservableList<ModelSpec> models = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Experiment> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ExperimentSpec> shownSpec = new ReadOnlyObjectWrapper<>();
    private final StringProperty baseline = new SimpleStringProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Add models, then Run.");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private TaskHandle handle;

    public ModelsViewModel(WorkbenchContext context) {
        this.context = context;
        models.addAll(new ModelSpec(null, "BR", "RandomForest", "", "-I 50", "PCut1"),
                new ModelSpec(null, "CC", "J48", "", "", "PCut1"));
        // Without a label scheme the playlist genre is the target there is.
        context.session().projectProperty().addListener((obs, old, now) -> pickTarget());
        pickTarget();
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObservableList<String> features() {
        return features;
    }

    public BooleanProperty standardiseProperty() {
        return standardise;
    }

    public BooleanProperty logSkewedProperty() {
        return logSkewed;
    }

    public BooleanProperty oneHotProperty() {
        return oneHot;
    }

    public BooleanProperty dropMissingProperty() {
        return dropMissing;
    }

    public BooleanProperty kfoldProperty() {
        return kfold;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public DoubleProperty testFractionProperty() {
        return testFraction;
    }

    public BooleanProperty secondOrderProperty() {
        return secondOrder;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<ModelSpec> models() {
        return models;
    }

    public ReadOnlyObjectProperty<Experiment> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    private void pickTarget() {
        target.set(context.session().project().activeLabelScheme() == null && !context.session().project().playlists().isEmpty()
                ? Target.PLAYLIST_GENRE : Target.LABEL_SCHEME);
    }

    /** Adds a model with a name not yet taken, and the method's usual options for the target. */
    public ModelSpec addModel(String method, String base) {
        String m = target.get() == Target.PLAYLIST_GENRE ? "WEKA" : method;
        String baseName = ModelSpec.defaultName(m, base);
        String unique = baseName;
        for (int i = 2; nameTaken(unique); i++) {
            unique = baseName + " #" + i;
        }
        ModelSpec spec = new ModelSpec(unique, m, base, "", base.equals("RandomForest") ? "-I 50" : "", "PCut1");
        models.add(spec);
        return spec;
    }

    private boolean nameTaken(String candidate) {
        return models.stream().anyMatch(s -> s.name().equals(candidate));
    }

    /** The experiment spec the settings describe. */
    public ExperimentSpec spec() {
        Project project = context.session().project();
        DatasetSpec dataset = new DatasetSpec(target.get() == Target.PLAYLIST_GENRE ? "playlistGenre" : "labelScheme",
                target.get() == Target.LABEL_SCHEME ? project.activeLabelScheme() : null, List.copyOf(features),
                standardise.get(), logSkewed.get(), oneHot.get(), dropMissing.get());
        SplitSpec split = kfold.get() ? new SplitSpec("kfold", folds.get(), 0, secondOrder.get())
                : new SplitSpec("holdout", 0, testFraction.get(), secondOrder.get());
        List<ModelSpec> chosen = new ArrayList<>();
        for (ModelSpec m : models) {
            boolean single = target.get() == Target.PLAYLIST_GENRE;
            // A model added for the other kind of target follows the current one.
            chosen.add(single == m.method().equals("WEKA") ? m
                    : new ModelSpec(m.name(), single ? "WEKA" : "BR", m.base(), single ? "" : m.methodOptions(),
                    m.baseOptions(), m.threshold()));
        }
        return new ExperimentSpec(name.get(), dataset, split, chosen, seed.get());
    }

    /** The spec, or null with the reason in the status line when the settings do not make one. */
    private ExperimentSpec validSpec() {
        try {
            return spec();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return null;
        }
    }

    /** Runs the experiment in the background; the result is shown and kept in the workspace. */
    public void run() {
        ExperimentSpec spec = validSpec();
        if (spec == null) {
            return;
        }
        Project snapshot = context.session().project().snapshot();
        running.set(true);
        progress.set(0);
        status.set("Running " + spec.models().size() + " models…");
        handle = BackgroundTask.of("Running experiment '" + spec.name() + "'", ctx -> new ExperimentRunner().run(snapshot, spec,
                        new ProgressRelay(ctx, progress, status)))
                .onSuccess(experiment -> {
                    context.session().project().putExperiment(experiment);
                    show(experiment);
                    status.set("Done: " + experiment.results().size() + " models on " + experiment.foldTrackIds().size()
                            + (experiment.foldTrackIds().size() == 1 ? " split." : " folds."));
                    logToMlflow(experiment);
                })
                .onCancelled(() -> status.set("Cancelled; nothing was kept."))
                .onFailure(e -> status.set("The run failed: " + e.getMessage()))
                .andFinally(() -> running.set(false))
                .executeWith(context.executor());
    }

    /** Logs to the MLflow server named in the settings ({@code mlflow.url}), if any; failures are only reported. */
    private void logToMlflow(Experiment experiment) {
        String url = context.settings().get("mlflow.url");
        if (url == null || url.isBlank()) {
            return;
        }
        String done = status.get();
        BackgroundTask.of("Logging to MLflow", ctx -> new org.genreworkbench.ml.MlflowLogger(url).log(experiment))
                .onSuccess(outcome -> status.set(done + " " + outcome.message() + "."))
                .executeWith(context.executor());
    }

    /** The label shares per fold of the shown experiment, as text for a dialog. */
    public void foldBalance(java.util.function.Consumer<String> show) {
        Experiment e = shown.get();
        if (e == null) {
            return;
        }
        Project snapshot = context.session().project().snapshot();
        BackgroundTask.of("Computing fold balance", ctx -> org.genreworkbench.ml.FoldDistribution.of(snapshot, e))
                .onSuccess(d -> show.accept(FoldBalanceText.of(d)))
                .onFailure(err -> status.set("Could not compute the fold balance: " + err.getMessage()))
                .executeWith(context.executor());
    }

    /** Runs the first model once on all features and once without each; shows what each feature adds. */
    public void ablation(java.util.function.Consumer<String> show) {
        ExperimentSpec spec = validSpec();
        if (spec == null) {
            return;
        }
        Project snapshot = context.session().project().snapshot();
        running.set(true);
        status.set("Feature ablation with " + spec.models().get(0).name() + "…");
        ExperimentSpec s = spec;
        handle = BackgroundTask.of("Feature ablation", ctx -> org.genreworkbench.ml.FeatureAblation.run(snapshot, s,
                        new ProgressRelay(ctx, progress, status)))
                .onSuccess(r -> {
                    StringBuilder text = new StringBuilder(String.format(java.util.Locale.US,
                            "%s with all features: %.4f%n%nLeft out            %s     change%n", r.metric(), r.allFeatures(), r.metric()));
                    r.rows().forEach(row -> text.append(String.format(java.util.Locale.US, "%-18s %8.4f  %+8.4f%n",
                            row.leftOut(), row.score(), row.change())));
                    status.set("Feature ablation done.");
                    show.accept(text.toString());
                })
                .onCancelled(() -> status.set("Feature ablation cancelled."))
                .onFailure(err -> status.set("Feature ablation failed: " + err.getMessage()))
                .andFinally(() -> running.set(false))
                .executeWith(context.executor());
    }

    /** Trains the named model of the shown experiment on all its data and writes a Weka model file. */
    public void exportModel(String model, java.nio.file.Path file) {
        Experiment e = shown.get();
        if (e == null || shownSpec.get() == null) {
            return;
        }
        ExperimentSpec spec = shownSpec.get();
        ModelSpec chosen = spec.models().stream().filter(m -> m.name().equals(model)).findFirst().orElse(null);
        if (chosen == null) {
            return;
        }
        Project snapshot = context.session().project().snapshot();
        BackgroundTask.of("Exporting " + model, ctx -> {
                    org.genreworkbench.ml.ModelExport.write(snapshot, spec, chosen, file);
                    return file;
                })
                .onSuccess(f -> status.set("Wrote " + f.getFileName() + " (" + model + ", trained on all rows)."))
                .onFailure(err -> status.set("Could not export the model: " + err.getMessage()))
                .executeWith(context.executor());
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /** Shows an experiment (a fresh one or one kept in the workspace) in the comparison. */
    public void show(Experiment experiment) {
        ExperimentSpec spec = null;
        try {
            spec = ExperimentSpec.fromJson(experiment.spec());
        } catch (Exception e) {
            status.set("This experiment's definition could not be read: " + e.getMessage());
        }
        shownSpec.set(spec);
        baseline.set(experiment.results().isEmpty() ? null : experiment.results().get(0).model());
        shown.set(experiment);
    }

    /** The comparison rows of the shown experiment against the chosen baseline. */
    public List<Comparison.Row> comparison() {
        Experiment e = shown.get();
        if (e == null) {
            return List.of();
        }
        double ratio = shownSpec.get() == null ? 1.0 / 4 : shownSpec.get().split().testTrainRatio();
        return Comparison.table(e, baseline.get(), ratio);
    }

    /** Experiments kept in the workspace, newest last. */
    public List<Experiment> pastExperiments() {
        return context.session().project().experiments();
    }
}
