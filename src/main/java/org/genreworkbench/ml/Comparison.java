package org.genreworkbench.ml;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
import weka.experiment.PairedStatsCorrected;

/**
 * The side-by-side view of an experiment: mean and standard deviation of each metric per model, and against
 * a baseline model the corrected resampled paired t-test of Nadeau and Bengio (Weka Experimenter's "Paired
 * T-Tester (corrected)", α = 0.05) with wins, ties and losses.
 */
public final class Comparison {
    public static final double ALPHA = 0.05;

    /** Better, worse or tied with the baseline; NONE when no test is possible (one fold, or the baseline itself). */
    public enum Verdict { BETTER, WORSE, TIE, NONE }

    /** A cell of the table. */
    public record Cell(double mean, double sd, Verdict verdict) {
    }

    /** A row: one model, its cells by metric, and its wins/ties/losses against the baseline. */
    public record Row(String model, Map<Metric, Cell> cells, int wins, int ties, int losses) {
    }

    private Comparison() {
    }

    /**
     * With one label per track and one predicted, these equal accuracy (exact match, Jaccard, micro F1, precision
     * and recall, F1 per example) or rescale it (Hamming loss is 2 × (1 − accuracy) / classes): a single-label
     * table shows accuracy once, first, rather than the same number in seven columns.
     */
    private static final Set<Metric> SAME_AS_ACCURACY = EnumSet.of(Metric.HAMMING_LOSS, Metric.EXACT_MATCH,
            Metric.JACCARD, Metric.F1_MICRO, Metric.F1_MACRO_EXAMPLE, Metric.PRECISION, Metric.RECALL);

    /** The metrics an experiment has, in table order, with train and test time at the end. */
    public static List<Metric> metrics(Experiment experiment) {
        List<Metric> present = new ArrayList<>();
        if (!experiment.results().isEmpty() && !experiment.results().get(0).folds().isEmpty()) {
            Map<String, Double> first = experiment.results().get(0).folds().get(0).metrics();
            boolean singleLabel = first.containsKey(Metric.ACCURACY.key());
            if (singleLabel) {
                present.add(Metric.ACCURACY);
            }
            for (Metric m : Metric.quality()) {
                boolean shown = !singleLabel || (m != Metric.ACCURACY && !SAME_AS_ACCURACY.contains(m));
                if (shown && first.containsKey(m.key())) {
                    present.add(m);
                }
            }
        }
        present.add(Metric.TRAIN_TIME);
        present.add(Metric.TEST_TIME);
        return present;
    }

    public static List<Row> table(Experiment experiment, String baseline, double testTrainRatio) {
        Experiment.ModelResult base = experiment.results().stream().filter(r -> r.model().equals(baseline))
                .findFirst().orElse(null);
        List<Row> rows = new ArrayList<>();
        for (Experiment.ModelResult result : experiment.results()) {
            Map<Metric, Cell> cells = new LinkedHashMap<>();
            int wins = 0;
            int ties = 0;
            int losses = 0;
            for (Metric metric : metrics(experiment)) {
                double[] values = values(result, metric);
                Verdict verdict = Verdict.NONE;
                if (base != null && base != result && values.length > 1) {
                    verdict = test(values, values(base, metric), testTrainRatio, metric.lowerIsBetter());
                    switch (verdict) {
                        case BETTER -> wins++;
                        case WORSE -> losses++;
                        case TIE -> ties++;
                        default -> { }
                    }
                }
                cells.put(metric, new Cell(mean(values), sd(values), verdict));
            }
            rows.add(new Row(result.model(), cells, wins, ties, losses));
        }
        return rows;
    }

    /** The corrected resampled t-test of {@code model} against {@code baseline} on paired per-fold scores. */
    public static Verdict test(double[] model, double[] baseline, double testTrainRatio, boolean lowerIsBetter) {
        PairedStatsCorrected stats = new PairedStatsCorrected(ALPHA, testTrainRatio);
        for (int i = 0; i < model.length; i++) {
            stats.add(model[i], baseline[i]);
        }
        stats.calculateDerived();
        // Weka: +1 when the first series (the model) is significantly larger, -1 when smaller.
        int sign = stats.differencesSignificance;
        if (sign == 0) {
            return Verdict.TIE;
        }
        boolean larger = sign > 0;
        return larger != lowerIsBetter ? Verdict.BETTER : Verdict.WORSE;
    }

    /** The per-fold values of a metric, times included. */
    public static double[] values(Experiment.ModelResult result, Metric metric) {
        return result.folds().stream().mapToDouble(f -> f.value(metric)).toArray();
    }

    /** A model's F1 of each label of the experiment, averaged over folds, in the order of its labels. */
    public static double[] perLabelF1(Experiment experiment, String model) {
        Experiment.ModelResult result = experiment.results().stream().filter(r -> r.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the experiment has no model '" + model + "'"));
        double[] means = new double[experiment.labels().size()];
        for (int l = 0; l < means.length; l++) {
            int label = l;
            means[l] = mean(result.folds().stream().mapToDouble(f -> f.perLabelF1().get(label)).toArray());
        }
        return means;
    }

    /** The mean over folds; NaN for none. */
    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** The sample standard deviation over folds, as the table's ± shows; 0 for a single split. */
    public static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
