package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.BaseLearner;
import java.util.ArrayList;
import java.util.List;
import meka.classifiers.multilabel.BCC;
import meka.classifiers.multilabel.BPNN;
import meka.classifiers.multilabel.CC;
import meka.classifiers.multilabel.DBPNN;
import meka.classifiers.multilabel.LC;
import meka.classifiers.multilabel.MULAN;
import meka.classifiers.multilabel.PS;
import meka.classifiers.multilabel.ProblemTransformationMethod;
import meka.classifiers.multilabel.RAkEL;
import meka.classifiers.multilabel.meta.BaggingML;
import org.genreworkbench.ml.lightgbm.LightGbmLearner;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.ParallelIteratedSingleClassifierEnhancer;
import weka.core.Attribute;
import weka.core.BatchPredictor;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Randomizable;

/** Builds MEKA and Weka classifiers from {@link ModelSpec}s, and the Weka data sets they learn from. */
final class WekaModels {
    private WekaModels() {
    }

    /** A fresh, untrained classifier for the spec, seeded, its learner using at most all the cores. */
    static Classifier create(ModelSpec spec, long seed) throws Exception {
        return create(spec, seed, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A fresh, untrained classifier for the spec, seeded; a learner that runs threads of its own gets at most
     * {@code learnerThreads}, so that several models trained at once never ask for more than the cores.
     */
    static Classifier create(ModelSpec spec, long seed, int learnerThreads) throws Exception {
        if (spec.method() == Method.WEKA) {
            return base(spec, seed, learnerThreads);
        }
        Classifier method = spec.method() == Method.BR ? new ParallelBR(learnerThreads) : method(spec.method());
        if (!spec.methodOptions().isBlank() && method instanceof AbstractClassifier configurable) {
            configurable.setOptions(weka.core.Utils.splitOptions(spec.methodOptions()));
        }
        if (!spec.standalone() && method instanceof ProblemTransformationMethod ptm) {
            if (method instanceof BaggingML bagging) {
                ((ProblemTransformationMethod) bagging.getClassifier()).setClassifier(base(spec, seed, learnerThreads));
            } else {
                ptm.setClassifier(base(spec, seed, learnerThreads));
            }
        }
        if (method instanceof Randomizable r) {
            // A seed in the method's options moves off the experiment's (another chain order) rather than fixing it.
            r.setSeed((int) (seed + spec.seedOffset()));
        }
        return method;
    }

    /** The MEKA method, untrained and unconfigured, with MEKA's defaults. */
    static Classifier method(Method method) {
        return switch (method) {
            case BR -> new ParallelBR(1);
            case CC -> new CC();
            case ECC -> {
                BaggingML bagging = new BaggingML();
                bagging.setClassifier(new CC());
                yield bagging;
            }
            case LC -> new LC();
            case PS -> new PS();
            case RAKEL -> new RAkEL();
            case BCC -> new BCC();
            case BPNN -> new BPNN();
            case DBPNN -> new DBPNN();
            case MLKNN -> {
                MULAN mulan = new MULAN();
                mulan.setMethod("MLkNN");
                yield mulan;
            }
            case WEKA, MLP -> throw new IllegalArgumentException("method " + method + " is no MEKA method");
        };
    }

    private static Classifier base(ModelSpec spec, long seed, int learnerThreads) {
        BaseLearner learner = spec.baseLearner();
        Learners.requireAvailable(learner, spec.name());
        AbstractClassifier base = Learners.create(learner, spec.baseOptions());
        if (base instanceof Randomizable r) {
            r.setSeed((int) seed);
        }
        limitThreads(base, learnerThreads);
        return base;
    }

    /** Holds a learner that runs threads of its own (LightGBM, RandomForest's slots) to at most {@code threads}. */
    static void limitThreads(Classifier learner, int threads) {
        if (learner instanceof LightGbmLearner lightGbm) {
            lightGbm.setThreadLimit(threads);
        } else if (learner instanceof ParallelIteratedSingleClassifierEnhancer parallel) {
            // RandomForest's slots: 0 means every core, which the other models running beside it would share.
            int slots = parallel.getNumExecutionSlots();
            parallel.setNumExecutionSlots(slots <= 0 ? threads : Math.min(slots, threads));
        }
    }

    /**
     * Frees a trained LightGBM booster's native memory as soon as its scores are taken. Boosters inside a MEKA
     * transformation (one per label or chain link) are freed by their cleaner once the transformation is dropped.
     */
    static void release(Classifier model) {
        if (model instanceof LightGbmLearner lightGbm) {
            lightGbm.close();
        }
    }

    /**
     * Weka instances: for multi-label data the labels come first as {0,1} attributes and the relation name
     * carries MEKA's "-C L"; for single-label data the class is last.
     */
    static Instances instances(List<String> featureNames, double[][] x, boolean[][] y, List<String> labels,
                               boolean singleLabel) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        List<String> binary = List.of("0", "1");
        if (!singleLabel) {
            for (int l = 0; l < labels.size(); l++) {
                attributes.add(new Attribute("label" + l, binary));
            }
        }
        for (String f : featureNames) {
            attributes.add(new Attribute(f.replaceAll("[^A-Za-z0-9_=]", "_")));
        }
        if (singleLabel) {
            List<String> classes = new ArrayList<>();
            for (int l = 0; l < labels.size(); l++) {
                classes.add("c" + l);
            }
            attributes.add(new Attribute("class", classes));
        }
        int labelCount = labels.size();
        Instances data = new Instances(singleLabel ? "genre-workbench" : "genre-workbench: -C " + labelCount,
                attributes, x.length);
        data.setClassIndex(singleLabel ? attributes.size() - 1 : labelCount);
        for (int r = 0; r < x.length; r++) {
            double[] values = new double[attributes.size()];
            if (singleLabel) {
                System.arraycopy(x[r], 0, values, 0, x[r].length);
                int cls = 0;
                for (int l = 0; l < labelCount; l++) {
                    if (y[r][l]) {
                        cls = l;
                    }
                }
                values[values.length - 1] = cls;
            } else {
                for (int l = 0; l < labelCount; l++) {
                    values[l] = y[r][l] ? 1 : 0;
                }
                System.arraycopy(x[r], 0, values, labelCount, x[r].length);
            }
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }

    /** Confidences per label (multi-label) or class probabilities (single-label), rows × labels. */
    static double[][] scores(Classifier model, Instances test, int labels) throws Exception {
        double[][] scores = new double[test.numInstances()][];
        double[][] batch = model instanceof BatchPredictor b && b.implementsMoreEfficientBatchPrediction()
                ? b.distributionsForInstances(test) : null;
        for (int r = 0; r < test.numInstances(); r++) {
            double[] dist = batch != null ? batch[r] : model.distributionForInstance(test.instance(r));
            double[] s = new double[labels];
            System.arraycopy(dist, 0, s, 0, Math.min(labels, dist.length));
            for (int l = 0; l < labels; l++) {
                s[l] = Double.isNaN(s[l]) ? 0 : Math.max(0, Math.min(1, s[l]));
            }
            scores[r] = s;
        }
        return scores;
    }
}
