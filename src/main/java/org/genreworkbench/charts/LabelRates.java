package org.genreworkbench.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;

/**
 * Precision and recall of each label for some models, each the mean over folds of the fold's own value (as the F1
 * per label chart takes the mean of the folds' F1): what the per-label precision/recall chart draws.
 *
 * @param precision models × labels
 * @param recall    models × labels
 */
public record LabelRates(List<String> models, List<String> labels, double[][] precision, double[][] recall) {

    /**
     * The rates of those of {@code models} the experiment has, in that order; empty when it has none of them or was
     * run before per-label counts were kept.
     */
    public static Optional<LabelRates> of(Experiment experiment, List<String> models) {
        List<String> shown = new ArrayList<>();
        List<double[]> precision = new ArrayList<>();
        List<double[]> recall = new ArrayList<>();
        int labels = experiment.labels().size();
        for (String model : models) {
            Optional<Experiment.ModelResult> result = experiment.results().stream()
                    .filter(r -> r.model().equals(model)).findFirst();
            if (result.isEmpty() || LabelConfusion.of(experiment, model, null).isEmpty()) {
                continue;
            }
            double[] p = new double[labels];
            double[] r = new double[labels];
            List<Experiment.FoldScore> folds = result.get().folds();
            for (Experiment.FoldScore fold : folds) {
                for (int l = 0; l < labels; l++) {
                    LabelCounts c = fold.labelCounts().get(l);
                    p[l] += c.precision() / folds.size();
                    r[l] += c.recall() / folds.size();
                }
            }
            shown.add(model);
            precision.add(p);
            recall.add(r);
        }
        return shown.isEmpty() ? Optional.empty() : Optional.of(new LabelRates(shown, experiment.labels(),
                precision.toArray(double[][]::new), recall.toArray(double[][]::new)));
    }
}
