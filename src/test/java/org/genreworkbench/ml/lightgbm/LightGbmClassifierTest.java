package org.genreworkbench.ml.lightgbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import weka.classifiers.AbstractClassifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.SerializedObject;
import weka.core.Utils;

/** Real LightGBM training through the Weka classifiers, on seeded synthetic data. */
class LightGbmClassifierTest {

    /**
     * Rows of four features around a centre per class; feature 3 is pure noise. With {@code missingTells}
     * class 1 rows lose feature 0 to a missing value half the time, and class 0 rows never do.
     */
    static Instances blobs(int rows, int classes, long seed, boolean missingTells) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            attributes.add(new Attribute("f" + f));
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("c" + c);
        }
        attributes.add(new Attribute("class", names));
        Instances data = new Instances("blobs", attributes, rows);
        data.setClassIndex(4);
        Random random = new Random(seed);
        for (int r = 0; r < rows; r++) {
            int c = r % classes;
            double[] v = new double[5];
            v[0] = c * 1.5 + random.nextGaussian();
            v[1] = (c % 2) * 1.2 + random.nextGaussian();
            v[2] = -c + random.nextGaussian();
            v[3] = random.nextGaussian();
            if (missingTells) {
                v[0] = random.nextGaussian(); // no longer telling by value …
                if (c == 1 && random.nextBoolean()) {
                    v[0] = Double.NaN; // … only by being missing
                }
            }
            v[4] = c;
            data.add(new DenseInstance(1, v));
        }
        return data;
    }

    private static double accuracy(AbstractClassifier model, Instances test) throws Exception {
        int right = 0;
        for (int i = 0; i < test.numInstances(); i++) {
            if (model.classifyInstance(test.instance(i)) == test.instance(i).classValue()) {
                right++;
            }
        }
        return right / (double) test.numInstances();
    }

    private static double[][] distributions(AbstractClassifier model, Instances test) throws Exception {
        double[][] out = new double[test.numInstances()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.distributionForInstance(test.instance(i));
        }
        return out;
    }

    private static LightGbmClassifier lightGbm(String options) throws Exception {
        LightGbmClassifier c = new LightGbmClassifier();
        c.setOptions(Utils.splitOptions(options));
        return c;
    }

    @Test
    void binaryTargetIsLearnt() throws Exception {
        LightGbmClassifier model = lightGbm("-rounds 50");
        model.buildClassifier(blobs(2000, 2, 1, false));
        Instances test = blobs(1000, 2, 2, false);

        assertThat(accuracy(model, test)).isGreaterThan(0.8);
        assertThat(model.modelString()).contains("objective=binary");
        double[] p = model.distributionForInstance(test.instance(0));
        assertThat(p).hasSize(2);
        assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void multiclassTargetTrainsOneMulticlassBooster() throws Exception {
        LightGbmClassifier model = lightGbm("-rounds 40");
        model.buildClassifier(blobs(3000, 4, 1, false));

        assertThat(accuracy(model, blobs(1000, 4, 2, false))).isGreaterThan(0.7);
        // One booster for all classes: num_class=4 and one tree per class and round, 160 trees in one model.
        assertThat(model.modelString()).contains("num_class=4").contains("Tree=159").doesNotContain("Tree=160");
        assertThat(model.distributionForInstance(blobs(10, 4, 3, false).instance(0))).hasSize(4);
    }

    @Test
    void aWholeTestSetAtOnceGetsExactlyTheRowByRowProbabilities() throws Exception {
        for (int classes : new int[] {2, 4}) {
            LightGbmClassifier model = lightGbm("-rounds 30");
            model.buildClassifier(blobs(2000, classes, 1, true));
            Instances test = blobs(500, classes, 2, true);

            assertThat(model.implementsMoreEfficientBatchPrediction()).isTrue();
            double[][] batch = model.distributionsForInstances(test);
            assertThat(batch).as(classes + " classes").isDeepEqualTo(distributions(model, test));
            assertThat(batch[0]).hasSize(classes);
            assertThat(model.distributionsForInstances(new Instances(test, 0))).isEmpty();
        }
    }

    @Test
    void fastForestIsARandomForestOfTheGivenSize() throws Exception {
        FastForestClassifier forest = new FastForestClassifier();
        forest.setOptions(Utils.splitOptions("-trees 30 -leaves 63"));
        forest.buildClassifier(blobs(2000, 3, 1, false));

        assertThat(accuracy(forest, blobs(1000, 3, 2, false))).isGreaterThan(0.75);
        assertThat(forest.modelString()).contains("[boosting: rf]").contains("Tree=89").doesNotContain("Tree=90");
    }

    @Test
    void sameSeedSameNumbersWhateverTheThreadCountAndAnotherSeedDiffers() throws Exception {
        Instances train = blobs(3000, 3, 1, false);
        Instances test = blobs(500, 3, 2, false);
        String options = "-rounds 60 -feature-fraction 0.7 -bagging-fraction 0.7 -S 7";
        LightGbmClassifier one = lightGbm(options + " -threads 1");
        LightGbmClassifier two = lightGbm(options + " -threads 2");
        two.setThreadLimit(2);
        LightGbmClassifier again = lightGbm(options + " -threads 1");
        LightGbmClassifier otherSeed = lightGbm("-rounds 60 -feature-fraction 0.7 -bagging-fraction 0.7 -S 8 -threads 1");
        for (LightGbmClassifier c : List.of(one, two, again, otherSeed)) {
            c.buildClassifier(train);
        }

        assertThat(two.effectiveThreads()).isEqualTo(2);
        LightGbmClassifier auto = lightGbm(options);
        auto.setThreadLimit(2);
        assertThat(auto.threadsFor(3000 * 4)).isEqualTo(1); // small data: one thread unless asked
        assertThat(auto.threadsFor(10_000_000)).isEqualTo(2);
        assertThat(distributions(two, test)).isDeepEqualTo(distributions(one, test));
        assertThat(distributions(again, test)).isDeepEqualTo(distributions(one, test));
        assertThat(java.util.Arrays.deepEquals(distributions(otherSeed, test), distributions(one, test))).isFalse();
    }

    @Test
    void missingValuesReachLightGbmAsMissingAndAreLearntFrom() throws Exception {
        Instances train = blobs(3000, 2, 1, true);
        Instances test = blobs(1000, 2, 2, true);
        LightGbmClassifier model = lightGbm("-rounds 30");
        model.buildClassifier(train);

        // Only the missingness of f0 tells class 1 apart (beyond the weak f1 and f2): a learner given
        // imputed means could not see it, LightGBM sends missing values down their own branch.
        int missing = 0;
        int rightOnMissing = 0;
        for (int i = 0; i < test.numInstances(); i++) {
            if (test.instance(i).isMissing(0)) {
                missing++;
                if (model.classifyInstance(test.instance(i)) == 1) {
                    rightOnMissing++;
                }
            }
        }
        assertThat(missing).isGreaterThan(100);
        assertThat(rightOnMissing / (double) missing).isGreaterThan(0.95);
    }

    @Test
    void earlyStoppingKeepsFewerRoundsThanAllowedOnNoise() throws Exception {
        Instances noise = blobs(2000, 2, 1, false);
        Random random = new Random(3);
        for (int i = 0; i < noise.numInstances(); i++) {
            noise.instance(i).setClassValue(random.nextInt(2));
        }
        LightGbmClassifier stopped = lightGbm("-rounds 500 -early-stopping 10");
        stopped.buildClassifier(noise);
        LightGbmClassifier full = lightGbm("-rounds 500");
        full.buildClassifier(noise);

        assertThat(trees(stopped.modelString())).isLessThan(100);
        assertThat(trees(full.modelString())).isEqualTo(500);
    }

    private static long trees(String modelString) {
        return modelString.lines().filter(l -> l.startsWith("Tree=")).count();
    }

    @Test
    void theBinOptionReachesLightGbmsBinning() throws Exception {
        LightGbmClassifier coarse = lightGbm("-rounds 5 -bins 7");
        coarse.buildClassifier(blobs(2000, 3, 1, false));
        assertThat(coarse.modelString()).contains("[max_bin: 7]");

        FastForestClassifier forest = new FastForestClassifier();
        forest.setOptions(Utils.splitOptions("-trees 5"));
        forest.buildClassifier(blobs(2000, 3, 1, false));
        assertThat(forest.modelString()).contains("[max_bin: 63]");
    }

    @Test
    void optionsRoundTrip() throws Exception {
        LightGbmClassifier a = lightGbm("-rounds 250 -learning-rate 0.05 -leaves 63 -min-data-in-leaf 10 "
                + "-feature-fraction 0.8 -bagging-fraction 0.9 -l2 1.5 -early-stopping 20 -validation-fraction 0.2 "
                + "-bins 127 -threads 1 -S 42");
        LightGbmClassifier b = new LightGbmClassifier();
        b.setOptions(a.getOptions());

        assertThat(b.getOptions()).containsExactly(a.getOptions());
        assertThat(String.join(" ", a.getOptions())).contains("-rounds 250", "-learning-rate 0.05", "-leaves 63",
                "-min-data-in-leaf 10", "-feature-fraction 0.8", "-bagging-fraction 0.9", "-l2 1.5",
                "-early-stopping 20", "-validation-fraction 0.2", "-bins 127", "-threads 1", "-S 42");
        assertThat(b.getSeed()).isEqualTo(42);

        FastForestClassifier f = new FastForestClassifier();
        f.setOptions(Utils.splitOptions("-trees 300 -leaves 127 -feature-fraction 0.5 -bagging-fraction 0.5 -S 3"));
        FastForestClassifier g = new FastForestClassifier();
        g.setOptions(f.getOptions());
        assertThat(g.getOptions()).containsExactly(f.getOptions());
        assertThat(String.join(" ", f.getOptions())).contains("-trees 300", "-leaves 127");
        assertThat(new LightGbmClassifier().listOptions().hasMoreElements()).isTrue();
    }

    @Test
    void invalidOptionsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> lightGbm("-rounds -5"))
                .hasMessageContaining("-rounds").hasMessageContaining("-5");
        assertThatThrownBy(() -> lightGbm("-feature-fraction 1.5"))
                .hasMessageContaining("-feature-fraction").hasMessageContaining("1.5");
        assertThatThrownBy(() -> lightGbm("-bagging-fraction 0"))
                .hasMessageContaining("-bagging-fraction");
        assertThatThrownBy(() -> lightGbm("-learning-rate fast"))
                .hasMessageContaining("-learning-rate").hasMessageContaining("fast");
        assertThatThrownBy(() -> lightGbm("-bins 1"))
                .hasMessageContaining("-bins").hasMessageContaining("between 2 and 65535, not 1");
        assertThatThrownBy(() -> lightGbm("-rounds 10 -depth 3")).hasMessageContaining("-depth");
        assertThatThrownBy(() -> new FastForestClassifier().setOptions(
                Utils.splitOptions("-feature-fraction 1 -bagging-fraction 1")))
                .hasMessageContaining("-feature-fraction").hasMessageContaining("-bagging-fraction");
    }

    @Test
    void serialisationCarriesTheModelStringAndPredictsTheSameAfterwards() throws Exception {
        LightGbmClassifier model = lightGbm("-rounds 40");
        model.buildClassifier(blobs(2000, 3, 1, false));
        Instances test = blobs(300, 3, 2, false);
        double[][] before = distributions(model, test);

        SerializedObject copy = new SerializedObject(model);
        model.close(); // the original's native booster is gone; the copy makes its own from the string
        LightGbmClassifier back = (LightGbmClassifier) copy.getObject();

        assertThat(back.modelString()).isEqualTo(model.modelString());
        assertThat(distributions(back, test)).isDeepEqualTo(before);
        assertThat(distributions(model, test)).isDeepEqualTo(before); // remade from the string after close()
    }

    @Test
    void theBundledLibraryIsExtractedOnceIntoAFolderNamedByItsChecksumAndNeverRewritten() throws Exception {
        BundledLibrary.load();
        java.nio.file.Path[] libraries;
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            libraries = dirs.filter(d -> d.getFileName().toString().startsWith("genre-workbench-lightgbm-"))
                    .flatMap(d -> java.util.stream.Stream.of(d.resolve("lib_lightgbm.so"), d.resolve("lib_lightgbm_swig.so")))
                    .filter(java.nio.file.Files::isRegularFile).toArray(java.nio.file.Path[]::new);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(libraries.length == 2, "Linux: two libraries");
        Object[] before = new Object[2];
        for (int i = 0; i < 2; i++) {
            before[i] = java.nio.file.Files.getAttribute(libraries[i], "unix:ino");
        }
        BundledLibrary.load(); // a second program starting: the files in use stay as they are
        for (int i = 0; i < 2; i++) {
            assertThat(java.nio.file.Files.getAttribute(libraries[i], "unix:ino")).isEqualTo(before[i]);
            String md5 = new String(getClass().getClassLoader().getResourceAsStream(
                    "lightgbm4j/linux/x86_64/" + libraries[i].getFileName() + ".md5").readAllBytes()).strip();
            assertThat(libraries[i].getParent().getFileName().toString()).endsWith(md5);
        }
    }
}
