package org.genreworkbench.ml;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.genreworkbench.ml.lightgbm.FastForestClassifier;
import org.genreworkbench.ml.lightgbm.LightGbmClassifier;
import org.genreworkbench.ml.lightgbm.LightGbmNative;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.MultilayerPerceptron;
import weka.classifiers.functions.SMO;
import weka.classifiers.lazy.IBk;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.Option;
import weka.core.Utils;

/**
 * The base learners a model may use, each with its name in spec files, the Weka classifier it makes, its
 * options (Weka's own option list is the schema) and whether it can run on this machine.
 */
public enum BaseLearner implements OptionSchema {
    RANDOM_FOREST("RandomForest", "e.g. -I 100 (trees), -K 0 (features per split)", false, RandomForest::new),
    LIGHTGBM("LightGBM", "e.g. -rounds 100 -learning-rate 0.1 -leaves 31 -early-stopping 20", true,
            LightGbmClassifier::new),
    FAST_FOREST("FastForest", "e.g. -trees 100 -leaves 255 -feature-fraction 0.6 -bagging-fraction 0.632", true,
            FastForestClassifier::new),
    J48("J48", "e.g. -C 0.25 (confidence), -M 2 (leaf size)", false, J48::new),
    LOGISTIC("Logistic", "e.g. -R 1e-8 (ridge)", false, Logistic::new),
    SMO("SMO", "e.g. -C 1 (complexity)", false, BaseLearner::calibratedSmo),
    NAIVE_BAYES("NaiveBayes", "e.g. -K (kernel density)", false, NaiveBayes::new),
    IBK("IBk", "e.g. -K 5 (neighbours)", false, IBk::new),
    MULTILAYER_PERCEPTRON("MultilayerPerceptron", "e.g. -H a -N 500", false, MultilayerPerceptron::new);

    private final String specName;
    private final String optionsHint;
    private final boolean lightGbm;
    private final Supplier<AbstractClassifier> factory;

    BaseLearner(String specName, String optionsHint, boolean lightGbm, Supplier<AbstractClassifier> factory) {
        this.specName = specName;
        this.optionsHint = optionsHint;
        this.lightGbm = lightGbm;
        this.factory = factory;
    }

    /** The learner named so in a spec file (case as written there). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static BaseLearner of(String specName) {
        for (BaseLearner b : values()) {
            if (b.specName.equals(specName)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown base learner '" + specName + "'; known: " + specNames());
    }

    public static List<String> specNames() {
        return java.util.Arrays.stream(values()).map(BaseLearner::specName).toList();
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String specName() {
        return specName;
    }

    /** As spec files and the window name it: "RandomForest". */
    @Override
    public String toString() {
        return specName;
    }

    public String optionsHint() {
        return optionsHint;
    }

    /** Empty when the learner can run here, else why not (LightGBM's native library did not load). */
    public Optional<String> unavailableReason() {
        return lightGbm ? LightGbmNative.unavailableReason() : Optional.empty();
    }

    /** Throws, naming the model, when the learner cannot run here. */
    void requireAvailable(String modelName) {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("model '" + modelName + "': " + specName
                    + " is unavailable on this machine: " + reason);
        });
    }

    /**
     * True when the learner takes missing values as they are (LightGBM learns where they go), so the data
     * must not be imputed for it.
     */
    public boolean takesMissingValues() {
        return lightGbm;
    }

    /** The option schema: every option the learner understands, as Weka lists it. */
    public List<Option> options() {
        return Collections.list(factory.get().listOptions());
    }

    @Override
    public List<LearnerOption> schema() {
        return LearnerOptions.of(this);
    }

    /** The learner's own default of {@code option}, as it writes it ("100"; "true"/"false" for a switch). */
    @Override
    public String defaultValue(LearnerOption option) {
        String line = String.join(" ", factory.get().getOptions());
        return OptionLine.value(line, option).orElse(option.kind() == LearnerOption.Kind.SWITCH ? "false" : "");
    }

    /** A fresh classifier with the options set; bad options are refused with a message naming them. */
    public AbstractClassifier create(String options) {
        AbstractClassifier classifier = factory.get();
        if (options == null || options.isBlank()) {
            return classifier;
        }
        check(options);
        try {
            classifier.setOptions(Utils.splitOptions(options));
            return classifier;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException(specName + " options '" + options + "': " + e.getMessage(), e);
        }
    }

    private static AbstractClassifier calibratedSmo() {
        SMO smo = new SMO();
        // Probabilities, not just votes: PCut thresholds and log loss need confidences.
        smo.setBuildCalibrationModels(true);
        return smo;
    }
}
