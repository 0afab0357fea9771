package org.genreworkbench.ui.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.charts.LabelCharts;
import org.genreworkbench.charts.LabelConfusion;
import org.genreworkbench.charts.LabelRates;
import org.genreworkbench.charts.PrCurves;
import org.genreworkbench.model.Experiment;
import org.jfree.chart.JFreeChart;

/**
 * The per-label result charts under the comparison: precision and recall per label of the models selected in the
 * table, and for the model chosen there its confusion counts and precision–recall curves, on every fold summed or
 * one fold, of every label or one. Plain data in, JFreeCharts out; tested in plain JUnit.
 */
final class LabelResultCharts {
    /** The charts, in the order of their tabs (after the other result charts). */
    enum Kind {
        // short: seven tabs share the width of the results panel
        RATES("Precision/recall"), CONFUSION("Confusion"), PR_CURVE("PR curve");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    /** A fold or a label to show, or (index null) all of them. */
    record Choice(Integer index, String name) {
    }

    private final ShownExperiment shown;
    private final ObservableList<String> selectedModels;
    private final ObservableList<Choice> folds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> fold = new SimpleObjectProperty<>();
    private final ObservableList<Choice> labels = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> label = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** Charts of {@code shown}, the rates of the models in {@code selectedModels} (those selected in the table). */
    LabelResultCharts(ShownExperiment shown, ObservableList<String> selectedModels) {
        this.shown = shown;
        this.selectedModels = selectedModels;
        shown.experimentProperty().addListener((obs, old, now) -> experimentShown(now));
        InvalidationListener changed = obs -> revision.set(revision.get() + 1);
        selectedModels.addListener(changed);
        shown.chosenProperty().addListener(changed);
        fold.addListener(changed);
        label.addListener(changed);
        experimentShown(shown.experiment());
    }

    /** Counts up whenever a chart's content may have changed: the view redraws then. */
    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Every fold summed, then each fold of the shown experiment. */
    ObservableList<Choice> folds() {
        return folds;
    }

    ObjectProperty<Choice> foldProperty() {
        return fold;
    }

    /** Every label, then each label of the shown experiment. */
    ObservableList<Choice> labels() {
        return labels;
    }

    ObjectProperty<Choice> labelProperty() {
        return label;
    }

    /** The chart of {@code which}, or empty with nothing to draw (see {@link #placeholder}). */
    Optional<JFreeChart> chart(Kind which) {
        Experiment e = shown.experiment();
        if (e == null) {
            return Optional.empty();
        }
        return switch (which) {
            case RATES -> LabelRates.of(e, List.copyOf(selectedModels)).map(LabelCharts::precisionRecall);
            case CONFUSION -> confusion().map(LabelCharts::confusion);
            case PR_CURVE -> confusion().map(c -> PrCurves.of(c, chosenLabel())).map(LabelCharts::prCurves);
        };
    }

    /** Why a chart is empty, in words for its place in the window. */
    String placeholder(Kind which) {
        Experiment e = shown.experiment();
        if (e == null) {
            return "Run an experiment or open one kept in the workspace.";
        }
        if (!LabelConfusion.counted(e)) {
            return LabelConfusion.NOT_KEPT;
        }
        return which == Kind.RATES ? "Select models in the comparison to compare their precision and recall per label."
                : "Select a model in the comparison to see its counts per label.";
    }

    /** The chosen model's counts on the chosen fold (all summed by default). */
    Optional<LabelConfusion> confusion() {
        Experiment e = shown.experiment();
        String model = shown.chosenProperty().get();
        if (e == null || model == null) {
            return Optional.empty();
        }
        return LabelConfusion.of(e, model, fold.get() == null ? null : fold.get().index());
    }

    private String chosenLabel() {
        return label.get() == null || label.get().index() == null ? null : label.get().name();
    }

    private void experimentShown(Experiment e) {
        List<Choice> foldChoices = new ArrayList<>();
        List<Choice> labelChoices = new ArrayList<>();
        if (e != null) {
            int n = e.foldTrackIds().size();
            foldChoices.add(new Choice(null, n == 1 ? "Test set" : "All folds"));
            for (int k = 0; n > 1 && k < n; k++) {
                foldChoices.add(new Choice(k, "Fold " + (k + 1)));
            }
            labelChoices.add(new Choice(null, "Every label"));
            for (int l = 0; l < e.labels().size(); l++) {
                labelChoices.add(new Choice(l, e.labels().get(l)));
            }
        }
        folds.setAll(foldChoices);
        labels.setAll(labelChoices);
        fold.set(foldChoices.isEmpty() ? null : foldChoices.get(0));
        label.set(labelChoices.isEmpty() ? null : labelChoices.get(0));
        revision.set(revision.get() + 1);
    }
}
