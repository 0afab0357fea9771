package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.spec.Threshold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import meka.classifiers.multilabel.Evaluation;
import meka.classifiers.multilabel.MultiLabelClassifier;
import meka.core.Result;
import org.genreworkbench.model.Metric;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import weka.core.Instances;

/** Our metrics and MEKA's own evaluation agree on the same model, data and threshold. */
class MekaAgreementTest {

    @Test
    void hammingLossExactMatchAndJaccardMatchMekasResult() throws Exception {
        Project project = SampleGenerator.generate(new SampleSpec(21, 700, 250, 100));
        TagTree tree = TagTree.build(project.artists().values(), ClusteringSettings.defaults());
        project.putLabelScheme(new LabellingService().scheme("five", tree, 5, List.<LabelEdit>of()));
        project.setActiveLabelScheme("five");
        Dataset data = DatasetBuilder.build(project, new DatasetSpec("labelScheme", null, null, true, false, false, false));
        int[] fold = IterativeStratification.folds(data.targets(), 3, 1, false);
        int[] train = java.util.stream.IntStream.range(0, data.rows()).filter(i -> fold[i] != 0).toArray();
        int[] test = java.util.stream.IntStream.range(0, data.rows()).filter(i -> fold[i] == 0).toArray();
        Preprocessor pre = Preprocessor.fit(data, train);
        Instances trainSet = WekaModels.instances(pre.outputNames(), pre.transform(data, train), rows(data, train),
                data.labels(), false);
        Instances testSet = WekaModels.instances(pre.outputNames(), pre.transform(data, test), rows(data, test),
                data.labels(), false);

        MultiLabelClassifier ours = (MultiLabelClassifier) WekaModels.create(new ModelSpec(null, "BR", "J48", "", "", "0.5"), 1);
        ours.buildClassifier(trainSet);
        double[][] scores = WekaModels.scores(ours, testSet, data.labels().size());
        boolean[][] truth = rows(data, test);
        Map<Metric, Double> mine = Metrics.compute(truth, Thresholds.apply(Threshold.parse("0.5"), scores, rows(data, train), false), scores, false);

        MultiLabelClassifier theirs = (MultiLabelClassifier) WekaModels.create(new ModelSpec(null, "BR", "J48", "", "", "0.5"), 1);
        Result result = Evaluation.evaluateModel(theirs, new Instances(trainSet), new Instances(testSet), "0.5", "1");
        // At this verbosity MEKA reports Hamming score (1 − Hamming loss), Jaccard index and exact match.
        assertThat(mine.get(Metric.HAMMING_LOSS)).isCloseTo(1 - (Double) result.getMeasurement("Hamming score"), within(1e-9));
        assertThat(mine.get(Metric.EXACT_MATCH)).isCloseTo((Double) result.getMeasurement("Exact match"), within(1e-9));
        assertThat(mine.get(Metric.JACCARD)).isCloseTo((Double) result.getMeasurement("Jaccard index"), within(1e-9));
    }

    private static boolean[][] rows(Dataset data, int[] which) {
        boolean[][] out = new boolean[which.length][];
        for (int i = 0; i < which.length; i++) {
            out[i] = data.targets()[which[i]];
        }
        return out;
    }
}
