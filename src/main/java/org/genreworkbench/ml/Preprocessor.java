package org.genreworkbench.ml;

import org.genreworkbench.model.spec.DatasetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Feature transforms fitted on the training rows of a fold only, then applied to its test rows, so no
 * information from the test rows leaks into training: log of skewed features, mean imputation (unless the
 * learner takes missing values as they are), one-hot categories, standardisation.
 */
public final class Preprocessor {
    private final DatasetSpec spec;
    private final List<String> inputNames;
    private final double[] mean;
    private final double[] sd;
    private final List<double[]> categories = new ArrayList<>();
    private final List<String> outputNames = new ArrayList<>();
    private final boolean impute;

    private Preprocessor(DatasetSpec spec, List<String> inputNames, int columns, boolean impute) {
        this.spec = spec;
        this.impute = impute;
        this.inputNames = inputNames;
        this.mean = new double[columns];
        this.sd = new double[columns];
    }

    /** Learns means, spreads and categories from the training rows; missing values become the training mean. */
    public static Preprocessor fit(Dataset data, int[] trainRows) {
        return fit(data, trainRows, true);
    }

    /**
     * Learns means, spreads and categories from the training rows.
     *
     * @param impute false keeps missing values missing (NaN, also in every one-hot column of the feature),
     *               for learners that handle them themselves
     */
    public static Preprocessor fit(Dataset data, int[] trainRows, boolean impute) {
        List<String> names = data.featureNames();
        Preprocessor p = new Preprocessor(data.spec(), names, names.size(), impute);
        for (int f = 0; f < names.size(); f++) {
            double sum = 0;
            double sumSq = 0;
            int n = 0;
            TreeSet<Double> seen = new TreeSet<>();
            for (int r : trainRows) {
                double v = p.logged(f, data.features()[r][f]);
                if (!Double.isNaN(v)) {
                    sum += v;
                    sumSq += v * v;
                    n++;
                    if (p.isOneHot(f) && seen.size() < 64) {
                        seen.add(v);
                    }
                }
            }
            p.mean[f] = n == 0 ? 0 : sum / n;
            double variance = n < 2 ? 0 : (sumSq - n * p.mean[f] * p.mean[f]) / (n - 1);
            p.sd[f] = variance > 1e-12 ? Math.sqrt(variance) : 1;
            double[] cats = seen.stream().mapToDouble(Double::doubleValue).toArray();
            p.categories.add(cats);
            if (p.isOneHot(f)) {
                for (double c : cats) {
                    p.outputNames.add(names.get(f) + "=" + (long) c);
                }
            } else {
                p.outputNames.add(names.get(f));
            }
        }
        return p;
    }

    public List<String> outputNames() {
        return outputNames;
    }

    /** The transformed rows. */
    public double[][] transform(Dataset data, int[] rows) {
        double[][] out = new double[rows.length][outputNames.size()];
        for (int i = 0; i < rows.length; i++) {
            double[] raw = data.features()[rows[i]];
            int c = 0;
            for (int f = 0; f < raw.length; f++) {
                double v = logged(f, raw[f]);
                if (Double.isNaN(v) && impute) {
                    v = mean[f];
                }
                if (isOneHot(f)) {
                    for (double cat : categories.get(f)) {
                        out[i][c++] = Double.isNaN(v) ? Double.NaN : v == cat ? 1 : 0;
                    }
                } else {
                    out[i][c++] = spec.standardise() ? (v - mean[f]) / sd[f] : v;
                }
            }
        }
        return out;
    }

    private boolean isOneHot(int f) {
        return spec.oneHot() && Features.CATEGORICAL.contains(inputNames.get(f));
    }

    private double logged(int f, double v) {
        if (spec.logSkewed() && Features.SKEWED.contains(inputNames.get(f)) && !Double.isNaN(v)) {
            return Math.log1p(Math.max(0, v));
        }
        return v;
    }
}
