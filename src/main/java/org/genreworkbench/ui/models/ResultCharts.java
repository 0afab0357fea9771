package org.genreworkbench.ui.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.charts.BalanceCharts;
import org.genreworkbench.charts.FoldScores;
import org.genreworkbench.charts.ScoreCharts;
import org.genreworkbench.ml.FoldDistribution;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Experiment;
import org.jfree.chart.JFreeChart;

/**
 * What the charts under the comparison show: F1 per label of the models selected in the table, one metric on each
 * fold, the fold balance once computed, the feature ablation last run, and a metric against an option a grid
 * varied, with the chart on show. The data are
 * plain records (tested in plain JUnit); {@link #chart} turns the one asked for into a JFreeChart to draw or export.
 */
final class ResultCharts {
    /** The charts, in the order of their tabs. */
    enum Kind {
        PER_LABEL("F1 per label"), PER_FOLD("Per fold"), FOLD_BALANCE("Fold balance"), ABLATION("Ablation"),
        TUNING("Tuning");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    private final ShownExperiment shown;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.PER_LABEL);
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FoldScores> perFold = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FoldDistribution> foldBalance = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> selectedModels = FXCollections.observableArrayList();
    private final TuningChart tuning;

    ResultCharts(ShownExperiment shown) {
        this.shown = shown;
        this.tuning = new TuningChart(shown);
        shown.experimentProperty().addListener((obs, old, now) -> experimentShown(now));
        metric.addListener((obs, old, now) -> perFold.set(now == null || shown.experiment() == null ? null
                : FoldScores.of(shown.experiment(), now)));
    }

    /**
     * The chart on show; the view follows it, and the view model moves it to a chart that has just been made. Null
     * while a tab other than these is on show.
     */
    ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The metrics the per-fold chart can show: the scores, not the times. */
    ObservableList<Metric> metrics() {
        return metrics;
    }

    ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    ReadOnlyObjectProperty<FoldScores> perFoldProperty() {
        return perFold.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<FoldDistribution> foldBalanceProperty() {
        return foldBalance.getReadOnlyProperty();
    }

    /** The experiment the charts are of. */
    ReadOnlyObjectProperty<Experiment> experimentProperty() {
        return shown.experimentProperty();
    }

    /** The feature ablation last run on the shown experiment. */
    ReadOnlyObjectProperty<org.genreworkbench.ml.FeatureAblation.Result> ablationProperty() {
        return shown.ablationProperty();
    }

    /** The models selected in the comparison, whose F1 per label is drawn. */
    ObservableList<String> selectedModels() {
        return selectedModels;
    }

    /** A metric against an option a grid varied. */
    TuningChart tuning() {
        return tuning;
    }

    /** Shows the per-fold scores of the chosen metric. */
    void showPerFold() {
        kind.set(Kind.PER_FOLD);
    }

    /** Shows a freshly computed fold balance of {@code on}, unless another experiment is shown by now. */
    void showFoldBalance(Experiment on, FoldDistribution distribution) {
        if (shown.experiment() == on) {
            foldBalance.set(distribution);
            kind.set(Kind.FOLD_BALANCE);
        }
    }

    /** Shows the feature ablation just run on {@code on}, unless another experiment is shown by now. */
    void showAblation(Experiment on, org.genreworkbench.ml.FeatureAblation.Result result) {
        shown.keepAblation(on, result);
        if (shown.experiment() == on) {
            kind.set(Kind.ABLATION);
        }
    }

    /** The chart of {@code which}, or empty with nothing to draw yet (no experiment, fold balance not computed…). */
    Optional<JFreeChart> chart(Kind which) {
        Experiment e = shown.experiment();
        if (e == null) {
            return Optional.empty();
        }
        return switch (which) {
            case PER_LABEL -> {
                Map<String, double[]> f1 = new LinkedHashMap<>();
                shown.perLabel(selectedModels).forEach(s -> f1.put(s.model(), s.f1()));
                yield f1.isEmpty() ? Optional.empty() : Optional.of(ScoreCharts.perLabelF1(e.labels(), f1));
            }
            case PER_FOLD -> Optional.ofNullable(perFold.get()).map(ScoreCharts::perFold);
            case FOLD_BALANCE -> Optional.ofNullable(foldBalance.get()).map(BalanceCharts::foldBalance);
            case ABLATION -> shown.ablation().map(ScoreCharts::ablation);
            case TUNING -> tuning.chart();
        };
    }

    /** Why a chart is empty, in words for its place in the window. */
    String placeholder(Kind which) {
        if (shown.experiment() == null) {
            return "Run an experiment or open one kept in the workspace.";
        }
        return switch (which) {
            case PER_LABEL -> "Select models in the comparison to compare their F1 per label.";
            case PER_FOLD -> "No scores per fold.";
            case FOLD_BALANCE -> "Fold balance… computes each label's share in every fold.";
            case ABLATION -> "Select a model in the comparison, then Feature ablation… runs it without each feature.";
            case TUNING -> tuning.placeholder();
        };
    }

    private void experimentShown(Experiment e) {
        foldBalance.set(null);
        List<Metric> now = e == null ? List.of() : FoldScores.metrics(e);
        Metric keep = metric.get();
        metrics.setAll(now);
        Metric pick = now.contains(keep) ? keep : now.contains(Metric.ACCURACY) ? Metric.ACCURACY
                : now.contains(Metric.F1_MICRO) ? Metric.F1_MICRO : now.isEmpty() ? null : now.get(0);
        metric.set(null);
        metric.set(pick);
        if (kind.get() == Kind.FOLD_BALANCE || kind.get() == Kind.ABLATION) {
            kind.set(Kind.PER_LABEL);
        }
    }
}
