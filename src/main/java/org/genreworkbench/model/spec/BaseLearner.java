package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * The base learners a model may use, each with its name in spec files and the options people tune. The Weka
 * classifier each makes, its defaults and whether it can run on this machine are {@code ml.Learners}' to say.
 */
public enum BaseLearner implements OptionSchema {
    RANDOM_FOREST("RandomForest", "e.g. -I 100 (trees), -K 0 (features per split)", false),
    LIGHTGBM("LightGBM", "e.g. -rounds 100 -learning-rate 0.1 -leaves 31 -early-stopping 20", true),
    FAST_FOREST("FastForest", "e.g. -trees 100 -leaves 255 -feature-fraction 0.6 -bagging-fraction 0.632", true),
    J48("J48", "e.g. -C 0.25 (confidence), -M 2 (leaf size)", false),
    LOGISTIC("Logistic", "e.g. -R 1e-8 (ridge)", false),
    SMO("SMO", "e.g. -C 1 (complexity)", false),
    NAIVE_BAYES("NaiveBayes", "e.g. -K (kernel density)", false),
    IBK("IBk", "e.g. -K 5 (neighbours)", false),
    MULTILAYER_PERCEPTRON("MultilayerPerceptron", "e.g. -H a -N 500", false);

    private final String specName;
    private final String optionsHint;
    private final boolean lightGbm;

    BaseLearner(String specName, String optionsHint, boolean lightGbm) {
        this.specName = specName;
        this.optionsHint = optionsHint;
        this.lightGbm = lightGbm;
    }

    /** The learner named so in a spec file (case as written there). */
    @JsonCreator
    public static BaseLearner of(String specName) {
        for (BaseLearner b : values()) {
            if (b.specName.equals(specName)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown base learner '" + specName + "'; known: " + specNames());
    }

    public static List<String> specNames() {
        return Arrays.stream(values()).map(BaseLearner::specName).toList();
    }

    @JsonValue
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

    /** True for the learners on LightGBM's native library, which may not load on every machine. */
    public boolean nativeLibrary() {
        return lightGbm;
    }

    /**
     * True when the learner takes missing values as they are (LightGBM learns where they go), so the data
     * must not be imputed for it.
     */
    public boolean takesMissingValues() {
        return lightGbm;
    }

    @Override
    public List<LearnerOption> schema() {
        return LearnerOptions.of(this);
    }
}
