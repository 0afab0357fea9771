package org.genreworkbench.ml.lightgbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.Utils;

/** Rows binned once and lent to one training after another train exactly the models of rows binned afresh. */
class SharedRowsTest {
    private static final int LABELS = 4;

    /** Four features (missing values among them) and four binary labels of different difficulty. */
    private static final Instances FEATURES = LightGbmClassifierTest.blobs(2000, 3, 5, true);
    private static final float[][] LABEL_VALUES = labels(FEATURES);

    private static float[][] labels(Instances rows) {
        Random random = new Random(11);
        float[][] out = new float[LABELS][rows.numInstances()];
        for (int i = 0; i < rows.numInstances(); i++) {
            double c = rows.instance(i).classValue();
            out[0][i] = c == 0 ? 1 : 0;
            out[1][i] = c == 2 ? 1 : 0;
            out[2][i] = random.nextDouble() < 0.3 ? 1 : 0; // noise
            out[3][i] = rows.instance(i).value(1) > 0.5 ? 1 : 0;
        }
        return out;
    }

    /** The rows with label j as their class, as MEKA's binary relevance hands them to a base learner. */
    private static Instances withLabel(int j) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("label" + j, List.of("0", "1")));
        for (int f = 0; f < 4; f++) {
            attributes.add(new Attribute("f" + f));
        }
        Instances data = new Instances("label " + j, attributes, FEATURES.numInstances());
        data.setClassIndex(0);
        for (int i = 0; i < FEATURES.numInstances(); i++) {
            double[] v = new double[5];
            v[0] = LABEL_VALUES[j][i];
            for (int f = 0; f < 4; f++) {
                v[1 + f] = FEATURES.instance(i).value(f);
            }
            data.add(new weka.core.DenseInstance(1, v));
        }
        return data;
    }

    private static SharedRows sharedRows() {
        double[][] x = new double[FEATURES.numInstances()][4];
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < 4; f++) {
                x[i][f] = FEATURES.instance(i).value(f); // NaN where missing
            }
        }
        return new SharedRows(x);
    }

    private static LightGbmClassifier lightGbm(String options) throws Exception {
        LightGbmClassifier c = new LightGbmClassifier();
        c.setOptions(Utils.splitOptions(options));
        return c;
    }

    private static String alone(String options, int j) throws Exception {
        LightGbmClassifier c = lightGbm(options);
        c.buildClassifier(withLabel(j));
        return c.modelString();
    }

    private static String onShared(String options, int j, SharedRows rows) throws Exception {
        LightGbmClassifier c = lightGbm(options);
        c.buildClassifier(new Instances(withLabel(j), 0), LABEL_VALUES[j], rows);
        return c.modelString();
    }

    @Test
    void labelAfterLabelOnOneBinnedDataSetGivesEachLabelsOwnModel() throws Exception {
        for (String options : List.of("-rounds 30", "-rounds 25 -bagging-fraction 0.7 -feature-fraction 0.8 -S 3",
                "-rounds 200 -early-stopping 5 -validation-fraction 0.2")) {
            try (SharedRows rows = sharedRows()) {
                for (int j = 0; j < LABELS; j++) {
                    assertThat(onShared(options, j, rows)).as(options + ", label " + j).isEqualTo(alone(options, j));
                }
                assertThat(rows.binnedCount()).as("binned once for " + options).isEqualTo(1);
            }
        }
    }

    @Test
    void trainingsAtOnceEachBorrowTheirOwnDataSetAndStillGetTheirOwnModels() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SharedRows rows = sharedRows()) {
            List<Future<String>> models = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int j = 0; j < LABELS; j++) {
                    int label = j;
                    models.add(pool.submit(() -> onShared("-rounds 40", label, rows)));
                }
            }
            for (int i = 0; i < models.size(); i++) {
                assertThat(models.get(i).get()).as("label " + i % LABELS).isEqualTo(alone("-rounds 40", i % LABELS));
            }
            assertThat(rows.binnedCount()).isBetween(1, 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void otherParametersOrAnotherValidationSplitBinTheirOwnCopy() throws Exception {
        try (SharedRows rows = sharedRows()) {
            onShared("-rounds 5 -min-data-in-leaf 20", 0, rows);
            onShared("-rounds 5 -min-data-in-leaf 50", 0, rows);
            onShared("-rounds 5 -min-data-in-leaf 50 -early-stopping 3", 0, rows);
            assertThat(rows.binnedCount()).isEqualTo(3);
            assertThat(onShared("-rounds 5 -min-data-in-leaf 50", 1, rows)).isEqualTo(alone("-rounds 5 -min-data-in-leaf 50", 1));
            assertThat(rows.binnedCount()).isEqualTo(3);
        }
    }

    @Test
    void classValuesThatDoNotFitTheRowsAreRefused() throws Exception {
        try (SharedRows rows = sharedRows()) {
            LightGbmClassifier c = lightGbm("-rounds 5");
            Instances header = new Instances(withLabel(0), 0);
            assertThatThrownBy(() -> c.buildClassifier(header, new float[10], rows))
                    .hasMessageContaining("10 class values").hasMessageContaining("2000");
            float[] gap = LABEL_VALUES[0].clone();
            gap[7] = Float.NaN;
            assertThatThrownBy(() -> c.buildClassifier(header, gap, rows)).hasMessageContaining("every class value");
        }
        assertThatThrownBy(() -> new SharedRows(new double[][] {{1, 2}, {3}})).hasMessageContaining("row 1 has 1 values");
    }
}
