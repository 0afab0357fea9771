package org.genreworkbench.ml;

import java.io.Serial;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import meka.classifiers.multilabel.BR;
import meka.core.F;
import org.genreworkbench.ml.lightgbm.LightGbmLearner;
import org.genreworkbench.ml.lightgbm.SharedRows;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.BatchPredictor;
import weka.core.Instance;
import weka.core.Instances;

/**
 * MEKA's binary relevance with its labels trained side by side: each label's classifier is independent of
 * the others, so up to {@code threads} of them train at once, each learner held to its share of those
 * threads. On a few thousand rows that beats one learner spreading over the cores — LightGBM's threads, for
 * one, wait at barriers many times a tree — and every label still gets the classifier it would get alone, so
 * the numbers do not depend on the thread count. Written out (Export model) as MEKA's own BR, so a model file
 * does not need this class.
 */
final class ParallelBR extends BR {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int threads;

    /** @param threads the most threads its learners may use together */
    ParallelBR(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Labels trained at once for {@code labels} labels. */
    int labelsAtOnce(int labels) {
        return Math.max(1, Math.min(threads, labels));
    }

    /** The trained classifier of label {@code j}. */
    Classifier labelClassifier(int j) {
        return m_MultiClassifiers[j];
    }

    @Override
    public void buildClassifier(Instances data) throws Exception {
        testCapabilities(data);
        int labels = data.classIndex();
        int atOnce = labelsAtOnce(labels);
        m_MultiClassifiers = AbstractClassifier.makeCopies(m_Classifier, labels);
        m_InstancesTemplates = new Instances[labels];
        for (Classifier c : m_MultiClassifiers) {
            WekaModels.limitThreads(c, Math.max(1, threads / atOnce));
        }
        if (m_Classifier instanceof LightGbmLearner && labelsComplete(data, labels)) {
            try (SharedRows rows = new SharedRows(features(data, labels))) {
                forEachLabel(labels, atOnce, j -> trainOnSharedRows(data, labels, j, rows));
            }
        } else {
            forEachLabel(labels, atOnce, j -> trainLabel(data, labels, j));
        }
    }

    /** One label's training. */
    @FunctionalInterface
    private interface LabelTraining {
        void train(int label) throws Exception;
    }

    private static void forEachLabel(int labels, int atOnce, LabelTraining training) throws Exception {
        if (atOnce == 1) {
            for (int j = 0; j < labels; j++) {
                training.train(j);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(atOnce, r -> {
            Thread t = new Thread(r, "binary relevance");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int j = 0; j < labels; j++) {
                int label = j;
                done.add(pool.submit(() -> {
                    training.train(label);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What MEKA's BR does for one label: the data with only that label, as the class, and its classifier. */
    private void trainLabel(Instances data, int labels, int j) throws Exception {
        Instances one = F.keepLabels(new Instances(data), labels, new int[] {j});
        one.setClassIndex(0);
        m_MultiClassifiers[j].buildClassifier(one);
        m_InstancesTemplates[j] = new Instances(one, 0);
    }

    /**
     * The same for LightGBM without copying the data per label: every label's booster trains on the feature
     * rows binned once (a data set per label trained at once), with that label's values as the class. Binning
     * was most of what a label cost besides its trees.
     */
    private void trainOnSharedRows(Instances data, int labels, int j, SharedRows rows) throws Exception {
        Instances header = F.keepLabels(new Instances(data, 0), labels, new int[] {j});
        header.setClassIndex(0);
        float[] classValues = new float[data.numInstances()];
        for (int i = 0; i < classValues.length; i++) {
            classValues[i] = (float) data.instance(i).value(j);
        }
        ((LightGbmLearner) m_MultiClassifiers[j]).buildClassifier(header, classValues, rows);
        m_InstancesTemplates[j] = header;
    }

    /** The features of every row (the attributes after the labels), missing values as NaN. */
    private static double[][] features(Instances data, int labels) {
        int columns = data.numAttributes() - labels;
        double[][] out = new double[data.numInstances()][columns];
        for (int i = 0; i < out.length; i++) {
            Instance row = data.instance(i);
            for (int a = 0; a < columns; a++) {
                out[i][a] = row.isMissing(labels + a) ? Double.NaN : row.value(labels + a);
            }
        }
        return out;
    }

    /** False when a label value is missing: MEKA's BR then drops that row for that label alone. */
    private static boolean labelsComplete(Instances data, int labels) {
        for (int i = 0; i < data.numInstances(); i++) {
            Instance row = data.instance(i);
            for (int j = 0; j < labels; j++) {
                if (row.isMissing(j)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when every label's classifier predicts a whole data set at once more cheaply than row by row. */
    @Override
    public boolean implementsMoreEfficientBatchPrediction() {
        if (m_MultiClassifiers == null) {
            return false;
        }
        for (Classifier c : m_MultiClassifiers) {
            if (!(c instanceof BatchPredictor b) || !b.implementsMoreEfficientBatchPrediction()) {
                return false;
            }
        }
        return true;
    }

    /** Each label's confidences for every row, a label at a time: the numbers MEKA's BR gives row by row. */
    @Override
    public double[][] distributionsForInstances(Instances rows) throws Exception {
        if (!implementsMoreEfficientBatchPrediction()) {
            return super.distributionsForInstances(rows);
        }
        int labels = rows.classIndex();
        double[][] out = new double[rows.numInstances()][labels];
        for (int j = 0; j < labels; j++) {
            Instances one = F.keepLabels(new Instances(rows), labels, new int[] {j});
            one.setClassIndex(0);
            double[][] p = ((BatchPredictor) m_MultiClassifiers[j]).distributionsForInstances(one);
            for (int r = 0; r < p.length; r++) {
                out[r][j] = p[r][1];
            }
        }
        return out;
    }

    private static void await(Future<?> f) throws Exception {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The trained model as MEKA's BR: the same classifiers and templates, readable without this class. */
    @Serial
    private Object writeReplace() throws ReflectiveOperationException {
        BR plain = new BR();
        plain.setClassifier(m_Classifier);
        plain.setDebug(getDebug());
        copyField(plain, "m_MultiClassifiers", m_MultiClassifiers);
        copyField(plain, "m_InstancesTemplates", m_InstancesTemplates);
        return plain;
    }

    private static void copyField(BR target, String name, Object value) throws ReflectiveOperationException {
        Field field = BR.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
