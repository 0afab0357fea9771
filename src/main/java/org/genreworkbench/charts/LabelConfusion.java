package org.genreworkbench.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;

/**
 * One model's confusion counts per label, on one test fold or summed over every fold: what the confusion chart and
 * the precision–recall curves of the selected model draw.
 *
 * @param fold   the fold (0-based), or null for all folds summed
 * @param folds  how many folds the experiment has
 * @param counts one entry per label, in the order of {@code labels}
 */
public record LabelConfusion(String model, Integer fold, int folds, List<String> labels, List<LabelCounts> counts) {

    public LabelConfusion {
        labels = List.copyOf(labels);
        counts = List.copyOf(counts);
    }

    /**
     * The counts of {@code model} on {@code fold} (null: summed over folds); empty when the experiment has no such
     * model or fold, or was run before per-label counts were kept.
     */
    public static Optional<LabelConfusion> of(Experiment experiment, String model, Integer fold) {
        Optional<Experiment.ModelResult> result = experiment.results().stream()
                .filter(r -> r.model().equals(model)).findFirst();
        if (result.isEmpty() || !counted(experiment, result.get())) {
            return Optional.empty();
        }
        List<Experiment.FoldScore> scores = result.get().folds();
        if (fold != null && (fold < 0 || fold >= scores.size())) {
            return Optional.empty();
        }
        List<LabelCounts> sum = new ArrayList<>();
        for (int l = 0; l < experiment.labels().size(); l++) {
            LabelCounts total = null;
            for (Experiment.FoldScore s : scores) {
                if (fold == null || s.fold() == fold) {
                    LabelCounts c = s.labelCounts().get(l);
                    total = total == null ? c : total.plus(c);
                }
            }
            sum.add(total);
        }
        return Optional.of(new LabelConfusion(model, fold, scores.size(), experiment.labels(), sum));
    }

    /** True when every fold of every model kept its per-label counts (experiments run since they are kept). */
    public static boolean counted(Experiment experiment) {
        return !experiment.results().isEmpty() && experiment.results().stream().allMatch(r -> counted(experiment, r));
    }

    private static boolean counted(Experiment experiment, Experiment.ModelResult result) {
        int labels = experiment.labels().size();
        return !result.folds().isEmpty() && result.folds().stream().allMatch(f -> f.labelCounts().size() == labels);
    }

    /** "all 5 folds" or "fold 2" (1-based, as the user counts folds). */
    public String foldName() {
        return fold == null ? (folds == 1 ? "the test set" : "all " + folds + " folds") : "fold " + (fold + 1);
    }

    /** The message for a chart an experiment cannot fill because it was run before the counts were kept. */
    public static final String NOT_KEPT = "This experiment was run before per-label counts were kept: run it again "
            + "to see them.";
}
