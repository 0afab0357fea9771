package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.FeatureAblation;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;

/**
 * The experiment in the comparison (a fresh run or one reopened from the workspace): its definition, the
 * baseline it is compared against, the model chosen in the table, and the numbers the table and chart show.
 */
final class ShownExperiment {
    /** One model's F1 per label, averaged over folds, for the chart. */
    record LabelScores(String model, List<String> labels, double[] f1) {
    }

    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>();
    private final StringProperty baseline = new SimpleStringProperty();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final StringProperty chosen = new SimpleStringProperty();
    private final ObjectProperty<FeatureAblation.Result> ablation = new SimpleObjectProperty<>();

    ReadOnlyObjectProperty<Experiment> experimentProperty() {
        return experiment.getReadOnlyProperty();
    }

    Experiment experiment() {
        return experiment.get();
    }

    /** The shown experiment's definition; empty when none is shown. */
    Optional<ExperimentSpec> spec() {
        return Optional.ofNullable(experiment.get()).map(Experiment::spec);
    }

    /** The model the others are tested against; the first one unless the user picks another. */
    StringProperty baselineProperty() {
        return baseline;
    }

    /** The models of the shown experiment, in run order: the baseline's choices. */
    ObservableList<String> models() {
        return models;
    }

    /** The model the user picked in the table, for feature ablation and export. */
    StringProperty chosenProperty() {
        return chosen;
    }

    /** Shows {@code shown}: its models, the first as the baseline, none chosen. */
    void show(Experiment shown) {
        models.setAll(shown.results().stream().map(Experiment.ModelResult::model).toList());
        chosen.set(null);
        ablation.set(null);
        baseline.set(models.isEmpty() ? null : models.get(0));
        experiment.set(shown);
    }

    /** Shows nothing: the table, chart and the actions on a result empty out. */
    void clear() {
        chosen.set(null);
        ablation.set(null);
        baseline.set(null);
        models.clear();
        experiment.set(null);
    }

    /** Keeps the last feature ablation run on {@code on}, for the report, if that experiment is still shown. */
    void keepAblation(Experiment on, FeatureAblation.Result result) {
        if (experiment.get() == on) {
            ablation.set(result);
        }
    }

    /** The last feature ablation run on the shown experiment; null when none has been run since it was shown. */
    ReadOnlyObjectProperty<FeatureAblation.Result> ablationProperty() {
        return ablation;
    }

    /** The last feature ablation run on the shown experiment; empty when none has been run since it was shown. */
    Optional<FeatureAblation.Result> ablation() {
        return Optional.ofNullable(ablation.get());
    }

    /** The comparison rows against the baseline; none when nothing is shown. */
    List<Comparison.Row> rows() {
        Experiment e = experiment.get();
        if (e == null) {
            return List.of();
        }
        return Comparison.table(e, baseline.get(), e.spec().split().testTrainRatio());
    }

    /** The metrics of the table's columns, in order. */
    List<Metric> metrics() {
        return experiment.get() == null ? List.of() : Comparison.metrics(experiment.get());
    }

    /** True for a hold-out run: one split, so no spread to show. */
    boolean singleSplit() {
        return experiment.get() != null && experiment.get().foldTrackIds().size() < 2;
    }

    /** F1 per label of each of {@code chosenModels} that the shown experiment has. */
    List<LabelScores> perLabel(List<String> chosenModels) {
        Experiment e = experiment.get();
        if (e == null) {
            return List.of();
        }
        return chosenModels.stream().filter(models::contains)
                .map(m -> new LabelScores(m, e.labels(), Comparison.perLabelF1(e, m))).toList();
    }
}
