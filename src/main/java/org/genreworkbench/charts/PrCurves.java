package org.genreworkbench.charts;

import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.LabelCounts;

/**
 * Precision against recall of each label as the threshold on its score steps down a fixed grid, from the binned
 * scores of a model's test rows, with the point where the model's own thresholds put it.
 */
public record PrCurves(String model, String foldName, List<Curve> curves) {

    /**
     * One label's curve. A threshold at which no row is predicted has no precision and is left out.
     *
     * @param thresholds from the highest down, so recall grows along the curve
     */
    public record Curve(String label, double[] thresholds, double[] precision, double[] recall,
                        double modelPrecision, double modelRecall) {
    }

    /** The curves of the labels of {@code confusion}, or of only {@code label} when it is not null. */
    public static PrCurves of(LabelConfusion confusion, String label) {
        List<Curve> curves = new ArrayList<>();
        for (int l = 0; l < confusion.labels().size(); l++) {
            if (label == null || label.equals(confusion.labels().get(l))) {
                curves.add(curve(confusion.labels().get(l), confusion.counts().get(l)));
            }
        }
        return new PrCurves(confusion.model(), confusion.foldName(), curves);
    }

    private static Curve curve(String label, LabelCounts counts) {
        List<double[]> points = new ArrayList<>();
        int positives = counts.tp() + counts.fn();
        for (int b = counts.bins() - 1; b >= 0; b--) {
            int tp = counts.positivesFrom(b);
            int predicted = tp + counts.negativesFrom(b);
            if (predicted > 0) {
                points.add(new double[] {counts.threshold(b), (double) tp / predicted,
                    positives == 0 ? 0 : (double) tp / positives});
            }
        }
        return new Curve(label, column(points, 0), column(points, 1), column(points, 2), counts.precision(),
                counts.recall());
    }

    private static double[] column(List<double[]> points, int c) {
        return points.stream().mapToDouble(p -> p[c]).toArray();
    }
}
