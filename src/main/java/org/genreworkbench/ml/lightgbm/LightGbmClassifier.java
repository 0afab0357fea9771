package org.genreworkbench.ml.lightgbm;

import java.io.Serial;
import java.util.List;
import weka.core.Option;

/**
 * LightGBM's gradient-boosted trees as a Weka classifier: usable alone (a multiclass target trains one
 * multiclass booster) and under every MEKA transformation.
 */
public class LightGbmClassifier extends LightGbmLearner {
    @Serial
    private static final long serialVersionUID = 1L;

    private int rounds = 100;
    private double learningRate = 0.1;
    private double l2 = 0;
    private int earlyStopping = 0;
    private double validationFraction = 0.1;

    public LightGbmClassifier() {
        super(31, 20, 1.0, 1.0);
    }

    public String globalInfo() {
        return "Gradient-boosted decision trees by LightGBM (histogram-based, leaf-wise growth).";
    }

    @Override
    protected String learnerName() {
        return "LightGBM";
    }

    @Override
    protected List<Option> learnerOptions() {
        return List.of(
                new Option("\tBoosting rounds (trees per class, default 100).", "rounds", 1, "-rounds <n>"),
                new Option("\tLearning rate (shrinkage), above 0.", "learning-rate", 1, "-learning-rate <f>"),
                new Option("\tL2 regularisation of leaf values, at least 0.", "l2", 1, "-l2 <f>"),
                new Option("\tStop after this many rounds without improvement on an inner validation split of the "
                        + "training rows (0: off, the default).", "early-stopping", 1, "-early-stopping <n>"),
                new Option("\tShare of the training rows held out for early stopping, in (0, 1).",
                        "validation-fraction", 1, "-validation-fraction <f>"));
    }

    @Override
    protected void setLearnerOptions(String[] options) throws Exception {
        rounds = intOption(options, "rounds", rounds, 1, 1_000_000);
        learningRate = doubleOption(options, "learning-rate", learningRate, 0, Double.MAX_VALUE, true);
        l2 = doubleOption(options, "l2", l2, 0, Double.MAX_VALUE, false);
        earlyStopping = intOption(options, "early-stopping", earlyStopping, 0, 1_000_000);
        validationFraction = doubleOption(options, "validation-fraction", validationFraction, 0, 0.9, true);
    }

    @Override
    protected List<String> learnerOptionValues() {
        return List.of("-rounds", String.valueOf(rounds), "-learning-rate", number(learningRate), "-l2", number(l2),
                "-early-stopping", String.valueOf(earlyStopping), "-validation-fraction", number(validationFraction));
    }

    @Override
    protected List<String> learnerParameters() {
        return List.of("boosting=gbdt", "learning_rate=" + learningRate, "lambda_l2=" + l2);
    }

    @Override
    protected int rounds() {
        return rounds;
    }

    @Override
    protected int earlyStoppingRounds() {
        return earlyStopping;
    }

    @Override
    protected double validationFraction() {
        return validationFraction;
    }

    public int getRounds() {
        return rounds;
    }

    public void setRounds(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("LightGBM option -rounds: must be at least 1, not " + rounds);
        }
        this.rounds = rounds;
    }

    public double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("LightGBM option -learning-rate: must be above 0, not " + learningRate);
        }
        this.learningRate = learningRate;
    }

    public int getEarlyStopping() {
        return earlyStopping;
    }

    public void setEarlyStopping(int rounds) {
        if (rounds < 0) {
            throw new IllegalArgumentException("LightGBM option -early-stopping: must be at least 0, not " + rounds);
        }
        this.earlyStopping = rounds;
    }
}
