package org.genreworkbench.ml;

import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.spec.BaseLearner;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import meka.classifiers.multilabel.BR;
import org.genreworkbench.ml.lightgbm.LightGbmLearner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;
import weka.core.SerializedObject;

/** Binary relevance with its labels trained side by side gives MEKA's BR's numbers, within its threads. */
class ParallelBRTest {
    private static Instances train;
    private static Instances test;

    @BeforeAll
    static void sixLabels() {
        Dataset data = DatasetBuilder.build(LabelledSample.sixLabels(),
                new DatasetSpec("labelScheme", null, null, true, true, false, true));
        int[] all = IntStream.range(0, data.rows()).toArray();
        int[] fit = IntStream.range(0, data.rows()).filter(i -> i % 4 != 0).toArray();
        int[] held = IntStream.range(0, data.rows()).filter(i -> i % 4 == 0).toArray();
        Preprocessor pre = Preprocessor.fit(data, all, false);
        train = WekaModels.instances(pre.outputNames(), pre.transform(data, fit), pick(data.targets(), fit),
                data.labels(), false);
        test = WekaModels.instances(pre.outputNames(), pre.transform(data, held), pick(data.targets(), held),
                data.labels(), false);
    }

    private static boolean[][] pick(boolean[][] rows, int[] which) {
        return IntStream.of(which).mapToObj(i -> rows[i]).toArray(boolean[][]::new);
    }

    private static double[][] rowByRow(Classifier model) throws Exception {
        double[][] out = new double[test.numInstances()][];
        for (int r = 0; r < out.length; r++) {
            out[r] = model.distributionForInstance(test.instance(r));
        }
        return out;
    }

    private static Classifier learner(String base, String options) throws Exception {
        AbstractClassifier learner = Learners.create(BaseLearner.of(base), options);
        ((weka.core.Randomizable) learner).setSeed(7);
        return learner;
    }

    @Test
    void sameNumbersAsMekasBinaryRelevanceOnAnyNumberOfThreads() throws Exception {
        for (String[] base : List.of(new String[] {"LightGBM", "-rounds 20 -bagging-fraction 0.8"},
                new String[] {"FastForest", "-trees 10"}, new String[] {"RandomForest", "-I 10"})) {
            BR sequential = new BR();
            sequential.setClassifier(learner(base[0], base[1]));
            sequential.buildClassifier(train);
            double[][] expected = rowByRow(sequential);

            for (int threads : new int[] {1, 2, 5}) {
                ParallelBR parallel = new ParallelBR(threads);
                parallel.setClassifier(learner(base[0], base[1]));
                parallel.buildClassifier(train);
                assertThat(rowByRow(parallel)).as(base[0] + " on " + threads).isDeepEqualTo(expected);
                // what the experiment runner takes: a whole test set at once where every label's learner can
                assertThat(WekaModels.scores(parallel, test, 6)).as(base[0] + " scores")
                        .isDeepEqualTo(WekaModels.scores(sequential, test, 6));
            }
        }
    }

    /** MEKA's BR with its label classifiers in view. */
    private static final class OpenBR extends BR {
        Classifier labelClassifier(int j) {
            return m_MultiClassifiers[j];
        }
    }

    @Test
    void lightGbmLabelsOnRowsBinnedOnceStillGetMekasNumbersWithEarlyStoppingAndMissingLabels() throws Exception {
        Instances gaps = new Instances(train);
        for (int i = 0; i < gaps.numInstances(); i += 9) {
            gaps.instance(i).setMissing(i % 6); // MEKA's BR drops such a row for that label alone
        }
        for (Instances data : List.of(train, gaps)) {
            String options = "-rounds 60 -early-stopping 5 -validation-fraction 0.2 -bagging-fraction 0.9";
            OpenBR sequential = new OpenBR();
            sequential.setClassifier(learner("LightGBM", options));
            sequential.buildClassifier(data);
            ParallelBR parallel = new ParallelBR(2);
            parallel.setClassifier(learner("LightGBM", options));
            parallel.buildClassifier(data);
            for (int j = 0; j < 6; j++) {
                assertThat(((LightGbmLearner) parallel.labelClassifier(j)).modelString()).as("label " + j)
                        .isEqualTo(((LightGbmLearner) sequential.labelClassifier(j)).modelString());
            }
            assertThat(rowByRow(parallel)).isDeepEqualTo(rowByRow(sequential));
        }
    }

    @Test
    void labelsTrainedAtOnceShareTheThreadsItIsGiven() throws Exception {
        ParallelBR two = new ParallelBR(2);
        two.setClassifier(learner("LightGBM", "-rounds 5 -threads 0"));
        two.buildClassifier(train);
        assertThat(two.labelsAtOnce(6)).isEqualTo(2);
        for (int j = 0; j < 6; j++) {
            assertThat(((LightGbmLearner) two.labelClassifier(j)).effectiveThreads()).isEqualTo(1);
        }

        ParallelBR eight = new ParallelBR(8);
        eight.setClassifier(learner("RandomForest", "-I 5 -num-slots 0"));
        eight.buildClassifier(train);
        assertThat(eight.labelsAtOnce(6)).isEqualTo(6); // never more at once than labels
        assertThat(((RandomForest) eight.labelClassifier(0)).getNumExecutionSlots()).isEqualTo(1);

        ParallelBR twelve = new ParallelBR(12);
        twelve.setClassifier(learner("LightGBM", "-rounds 5 -threads 0"));
        twelve.buildClassifier(train);
        assertThat(((LightGbmLearner) twelve.labelClassifier(5)).effectiveThreads()).isEqualTo(2); // 6 labels x 2

        ParallelBR one = new ParallelBR(1);
        one.setClassifier(learner("LightGBM", "-rounds 5 -threads 4"));
        one.buildClassifier(train);
        assertThat(one.labelsAtOnce(6)).isEqualTo(1);
        assertThat(((LightGbmLearner) one.labelClassifier(0)).effectiveThreads()).isEqualTo(1);
    }

    @Test
    void isWrittenAsMekasOwnBinaryRelevance() throws Exception {
        ParallelBR parallel = new ParallelBR(2);
        parallel.setClassifier(learner("LightGBM", "-rounds 10"));
        parallel.buildClassifier(train);

        Object copy = new SerializedObject(parallel).getObject();

        assertThat(copy.getClass()).isEqualTo(BR.class);
        assertThat(rowByRow((BR) copy)).isDeepEqualTo(rowByRow(parallel));
    }
}
