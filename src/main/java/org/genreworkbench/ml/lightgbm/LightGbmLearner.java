package org.genreworkbench.ml.lightgbm;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;
import weka.classifiers.AbstractClassifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.Utils;

/**
 * What LightGBM's gradient boosting and its random forest share as Weka classifiers: the options common to
 * both, training on a Weka data set (missing values passed as missing, a multiclass target as one multiclass
 * booster), and predictions from the model string. Training is deterministic for a seed whatever the thread
 * count: column-wise histograms give every feature's sums to one thread, and LightGBM's deterministic mode
 * fixes the rest.
 */
public abstract class LightGbmLearner extends AbstractClassifier implements Randomizable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** LightGBM's range for max_bin that this learner accepts. */
    private static final int MIN_BINS = 2;
    private static final int MAX_BINS = 65_535;

    protected int leaves;
    protected int minDataInLeaf;
    protected double featureFraction;
    protected double baggingFraction;
    /**
     * LightGBM's max_bin. 63 rather than LightGBM's 255: on the 13 audio features it trains in two thirds of the
     * time with F1 within 0.002 (LightGBM) or higher (FastForest), measured with {@code bench train}.
     */
    protected int bins = 63;
    protected int threads;
    protected int seed = 1;
    /** Cores this learner may use when its thread option is 0 (all) — set by whoever runs several at once. */
    private int threadLimit = Runtime.getRuntime().availableProcessors();
    private LightGbmModel model;
    private int numClasses;

    protected LightGbmLearner(int leaves, int minDataInLeaf, double featureFraction, double baggingFraction) {
        this.leaves = leaves;
        this.minDataInLeaf = minDataInLeaf;
        this.featureFraction = featureFraction;
        this.baggingFraction = baggingFraction;
    }

    /** The name options are reported under, e.g. "LightGBM". */
    protected abstract String learnerName();

    /** LightGBM parameters particular to the learner (boosting type, rounds, learning rate …). */
    protected abstract List<String> learnerParameters();

    /** Boosting rounds (trees per class). */
    protected abstract int rounds();

    /** Rows held out of the training data to stop early on; 0 trains every round on all rows. */
    protected int earlyStoppingRounds() {
        return 0;
    }

    protected double validationFraction() {
        return 0;
    }

    // ---- Weka plumbing ------------------------------------------------------------------------------------

    @Override
    public Capabilities getCapabilities() {
        Capabilities result = super.getCapabilities();
        result.disableAll();
        result.enable(Capabilities.Capability.NUMERIC_ATTRIBUTES);
        result.enable(Capabilities.Capability.NOMINAL_ATTRIBUTES);
        result.enable(Capabilities.Capability.BINARY_ATTRIBUTES);
        result.enable(Capabilities.Capability.MISSING_VALUES);
        result.enable(Capabilities.Capability.NOMINAL_CLASS);
        result.enable(Capabilities.Capability.BINARY_CLASS);
        result.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
        return result;
    }

    @Override
    public Enumeration<Option> listOptions() {
        Vector<Option> options = new Vector<>(learnerOptions());
        options.add(new Option("\tNumber of leaves per tree (default " + leaves + ").", "leaves", 1, "-leaves <n>"));
        options.add(new Option("\tMinimum number of rows in a leaf.", "min-data-in-leaf", 1, "-min-data-in-leaf <n>"));
        options.add(new Option("\tShare of the features each tree may use, in (0, 1].", "feature-fraction", 1,
                "-feature-fraction <f>"));
        options.add(new Option("\tShare of the rows each tree is trained on, in (0, 1].", "bagging-fraction", 1,
                "-bagging-fraction <f>"));
        options.add(new Option("\tMost histogram bins per feature (default " + bins + ").", "bins", 1, "-bins <n>"));
        options.add(new Option("\tThreads (0: chosen from the data size, within the cores it is given).", "threads", 1, "-threads <n>"));
        options.add(new Option("\tRandom seed.", "S", 1, "-S <seed>"));
        return options.elements();
    }

    /** The learner's own options, listed before the common ones. */
    protected abstract List<Option> learnerOptions();

    @Override
    public void setOptions(String[] options) throws Exception {
        setLearnerOptions(options);
        leaves = intOption(options, "leaves", leaves, 2, 131_072);
        minDataInLeaf = intOption(options, "min-data-in-leaf", minDataInLeaf, 1, Integer.MAX_VALUE);
        featureFraction = fractionOption(options, "feature-fraction", featureFraction);
        baggingFraction = fractionOption(options, "bagging-fraction", baggingFraction);
        bins = intOption(options, "bins", bins, MIN_BINS, MAX_BINS);
        threads = intOption(options, "threads", threads, 0, 1024);
        seed = intOption(options, "S", seed, Integer.MIN_VALUE, Integer.MAX_VALUE);
        checkCombination();
        super.setOptions(options);
        Utils.checkForRemainingOptions(options);
    }

    /** Reads the learner's own options, removing them from the array. */
    protected abstract void setLearnerOptions(String[] options) throws Exception;

    /** Refuses settings that are fine one by one but not together. */
    protected void checkCombination() {
    }

    @Override
    public String[] getOptions() {
        List<String> out = new ArrayList<>(learnerOptionValues());
        Collections.addAll(out, "-leaves", String.valueOf(leaves), "-min-data-in-leaf", String.valueOf(minDataInLeaf),
                "-feature-fraction", number(featureFraction), "-bagging-fraction", number(baggingFraction),
                "-bins", String.valueOf(bins),
                "-threads", String.valueOf(threads), "-S", String.valueOf(seed));
        return out.toArray(new String[0]);
    }

    protected abstract List<String> learnerOptionValues();

    /** An integer option in [min, max], or a message naming the option. */
    protected int intOption(String[] options, String flag, int current, int min, int max) throws Exception {
        String text = Utils.getOption(flag, options);
        if (text.isEmpty()) {
            return current;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(learnerName() + " option -" + flag + ": '" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(learnerName() + " option -" + flag + ": must be "
                    + (max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max) + ", not " + value);
        }
        return value;
    }

    /** A number option in [min, max] (or (0, 1] for a fraction), or a message naming the option. */
    protected double doubleOption(String[] options, String flag, double current, double min, double max,
                                  boolean minExclusive) throws Exception {
        String text = Utils.getOption(flag, options);
        if (text.isEmpty()) {
            return current;
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(learnerName() + " option -" + flag + ": '" + text + "' is not a number");
        }
        boolean below = minExclusive ? !(value > min) : !(value >= min);
        if (below || !(value <= max)) {
            throw new IllegalArgumentException(learnerName() + " option -" + flag + ": must be "
                    + (max == Double.MAX_VALUE ? (minExclusive ? "above " : "at least ") + number(min)
                    : "in " + (minExclusive ? "(" : "[") + number(min) + ", " + number(max) + "]") + ", not " + text.strip());
        }
        return value;
    }

    private double fractionOption(String[] options, String flag, double current) throws Exception {
        return doubleOption(options, flag, current, 0, 1, true);
    }

    protected static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public void setSeed(int seed) {
        this.seed = seed;
    }

    @Override
    public int getSeed() {
        return seed;
    }

    public int getThreads() {
        return threads;
    }

    public void setThreads(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException(learnerName() + " option -threads: must be at least 0, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * The most threads this learner may use, given by whoever runs several learners at once so that their
     * threads together never exceed the cores. Not an option: it belongs to the machine, not the model.
     */
    public void setThreadLimit(int limit) {
        this.threadLimit = Math.max(1, limit);
    }

    /** The threads training will really use on data of any size: the option, within the limit. */
    public int effectiveThreads() {
        return threads == 0 ? threadLimit : Math.min(threads, threadLimit);
    }

    /**
     * The threads used on data of this size. Left to choose (option 0), small data sets train on one thread:
     * LightGBM's OpenMP threads meet at a barrier many times a tree, and on a few thousand rows (or a busy
     * machine) they wait on each other more than they work — measured here, about 11 s on one thread against
     * over 200 s on two for the 12-label task on a heavily loaded 2-core machine. The numbers do not depend on it.
     */
    int threadsFor(long cells) {
        if (threads == 0) {
            return (int) Math.max(1, Math.min(threadLimit, cells / CELLS_PER_THREAD));
        }
        return effectiveThreads();
    }

    /** Rows × features below which a second automatic thread is not worth its barriers. */
    static final long CELLS_PER_THREAD = 500_000;

    // ---- training and prediction --------------------------------------------------------------------------

    @Override
    public void buildClassifier(Instances data) throws Exception {
        LightGbmNative.require();
        getCapabilities().testWithFail(data);
        Instances train = new Instances(data);
        train.deleteWithMissingClass();
        int n = train.numInstances();
        int columns = train.numAttributes() - 1;
        double[] x = new double[n * columns];
        float[] label = new float[n];
        for (int i = 0; i < n; i++) {
            Instance row = train.instance(i);
            System.arraycopy(features(row), 0, x, i * columns, columns);
            label[i] = (float) row.classValue();
        }
        try (SharedRows rows = new SharedRows(x, n, columns)) {
            fit(train.numClasses(), rows, label);
        }
    }

    /**
     * Trains on rows binned once for several trainings, with the class values given: the model that
     * {@link #buildClassifier(Instances)} makes of the same rows with that class, without binning them again.
     *
     * @param header the attributes (rows are not needed): the class, and the features of the shared rows in order
     * @param classValues each row's class index, none missing
     */
    public void buildClassifier(Instances header, float[] classValues, SharedRows rows) throws Exception {
        LightGbmNative.require();
        Capabilities capabilities = getCapabilities();
        capabilities.setMinimumNumberInstances(0);
        capabilities.testWithFail(header);
        if (header.numAttributes() - 1 != rows.columns() || classValues.length != rows.rows()) {
            throw new IllegalArgumentException("the header has " + (header.numAttributes() - 1) + " features and "
                    + classValues.length + " class values, the shared rows " + rows.columns() + " and " + rows.rows());
        }
        for (float v : classValues) {
            if (Float.isNaN(v)) {
                throw new IllegalArgumentException("a shared-rows training needs every class value");
            }
        }
        fit(header.numClasses(), rows, classValues);
    }

    private void fit(int classes, SharedRows rows, float[] label) {
        close();
        numClasses = classes;
        int[] order = rowOrder(rows.rows());
        int validation = earlyStoppingRounds() > 0 ? (int) Math.round(order.length * validationFraction()) : 0;
        String params = parameters(threadsFor((long) (order.length - validation) * rows.columns()));
        try (SharedRows.Loan data = rows.lend(order, validation, params, label);
             NativeTraining training = new NativeTraining()) { // the booster is freed before the loan returns
            training.createBooster(data.fit(), params);
            boolean validate = data.validation() != null;
            if (validate) {
                training.addValidation(data.validation());
            }
            int best = trainRounds(training, validate);
            model = new LightGbmModel(training.modelString(best), binary() ? 1 : numClasses);
        }
    }

    /** Boosts round by round; with a validation set, stops after as many rounds without improvement as asked. */
    private int trainRounds(NativeTraining training, boolean validate) {
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestRounds = 0;
        for (int round = 1; round <= rounds(); round++) {
            boolean cannotGrow = training.updateOneIter();
            if (validate) {
                double loss = training.eval(1);
                if (loss < bestLoss - 1e-12) {
                    bestLoss = loss;
                    bestRounds = round;
                } else if (round - bestRounds >= earlyStoppingRounds()) {
                    return bestRounds;
                }
            }
            if (cannotGrow) {
                break;
            }
        }
        return validate ? bestRounds : 0; // 0 saves every round
    }

    /** Shuffled row order for the validation split: the same for a seed, whatever the thread count. */
    private int[] rowOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (earlyStoppingRounds() > 0) {
            Random random = new Random(seed);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return order;
    }

    /** The row without its class, missing values as NaN (which is also how Weka stores them). */
    private static double[] features(Instance row) {
        int classIndex = row.classIndex();
        double[] out = new double[row.numAttributes() - 1];
        for (int a = 0, c = 0; a < row.numAttributes(); a++) {
            if (a != classIndex) {
                out[c++] = row.isMissing(a) ? Double.NaN : row.value(a);
            }
        }
        return out;
    }

    private boolean binary() {
        return numClasses <= 2;
    }

    /** LightGBM's parameter string for this learner. */
    String parameters(int threadCount) {
        List<String> p = new ArrayList<>(learnerParameters());
        p.add(binary() ? "objective=binary" : "objective=multiclass num_class=" + numClasses);
        if (earlyStoppingRounds() > 0) {
            p.add("metric=" + (binary() ? "binary_logloss" : "multi_logloss"));
        }
        p.add("num_leaves=" + leaves);
        p.add("min_data_in_leaf=" + minDataInLeaf);
        p.add("feature_fraction=" + featureFraction);
        p.add("bagging_fraction=" + baggingFraction);
        p.add("bagging_freq=" + (baggingFraction < 1 ? 1 : 0));
        p.add("max_bin=" + bins);
        p.add("num_threads=" + threadCount);
        p.add("seed=" + seed);
        p.add("deterministic=true");
        p.add("force_col_wise=true");
        p.add("verbosity=-1");
        return String.join(" ", p);
    }

    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
        double[] p = trained().predict(features(instance));
        return numClasses == 1 ? new double[] {1} : p;
    }

    /** True: a whole test set goes to LightGBM in one call (see {@link #distributionsForInstances}). */
    @Override
    public boolean implementsMoreEfficientBatchPrediction() {
        return true;
    }

    /** Every row's class probabilities from one native call, the same numbers as row by row. */
    @Override
    public double[][] distributionsForInstances(Instances rows) throws Exception {
        LightGbmModel trained = trained();
        int n = rows.numInstances();
        int columns = rows.numAttributes() - 1;
        if (n == 0) {
            return new double[0][];
        }
        double[] x = new double[n * columns];
        for (int i = 0; i < n; i++) {
            System.arraycopy(features(rows.instance(i)), 0, x, i * columns, columns);
        }
        double[][] p = trained.predict(x, n, columns);
        if (numClasses == 1) {
            for (int i = 0; i < n; i++) {
                p[i] = new double[] {1};
            }
        }
        return p;
    }

    private LightGbmModel trained() {
        if (model == null) {
            throw new IllegalStateException(learnerName() + " has not been trained");
        }
        return model;
    }

    /** LightGBM's own text of the trained model (what Weka serialisation carries). */
    public String modelString() {
        return model == null ? null : model.modelString();
    }

    /** Frees the native booster now rather than when the classifier is collected. */
    public void close() {
        if (model != null) {
            model.close();
        }
    }

    @Override
    public String toString() {
        return model == null ? learnerName() + ": not trained"
                : learnerName() + " (" + String.join(" ", getOptions()) + ")";
    }
}
