package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;

/**
 * The share of each label in each test fold beside its share in the whole data set: how well the
 * stratified split kept every label's proportion.
 *
 * @param whole  share of rows carrying each label, over all rows
 * @param folds  folds × labels: share of the fold's rows carrying each label
 */
public record FoldDistribution(List<String> labels, double[] whole, double[][] folds) {

    public static FoldDistribution of(Project project, Experiment experiment) throws Exception {
        ExperimentSpec spec = experiment.spec();
        Dataset data = DatasetBuilder.build(project, spec.dataset());
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < data.rows(); i++) {
            row.put(data.trackIds().get(i), i);
        }
        int labels = data.labels().size();
        double[] whole = share(data, java.util.stream.IntStream.range(0, data.rows()).boxed().toList(), labels);
        double[][] folds = new double[experiment.foldTrackIds().size()][];
        for (int f = 0; f < folds.length; f++) {
            List<Integer> rows = experiment.foldTrackIds().get(f).stream().map(row::get)
                    .filter(java.util.Objects::nonNull).toList();
            folds[f] = share(data, rows, labels);
        }
        return new FoldDistribution(data.labels(), whole, folds);
    }

    private static double[] share(Dataset data, List<Integer> rows, int labels) {
        double[] s = new double[labels];
        for (int r : rows) {
            for (int l = 0; l < labels; l++) {
                s[l] += data.targets()[r][l] ? 1 : 0;
            }
        }
        for (int l = 0; l < labels; l++) {
            s[l] = rows.isEmpty() ? 0 : s[l] / rows.size();
        }
        return s;
    }
}
