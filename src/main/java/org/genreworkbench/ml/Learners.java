package org.genreworkbench.ml;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.genreworkbench.ml.lightgbm.FastForestClassifier;
import org.genreworkbench.ml.lightgbm.LightGbmClassifier;
import org.genreworkbench.ml.lightgbm.LightGbmNative;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.LearnerOption;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.OptionLine;
import org.genreworkbench.model.spec.OptionSchema;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.MultilayerPerceptron;
import weka.classifiers.functions.SMO;
import weka.classifiers.lazy.IBk;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.Utils;

/**
 * What the spec's base learners and methods are on this machine: the Weka classifier each makes, the
 * defaults it has, the options it lists and whether it can run here.
 */
public final class Learners {
    private Learners() {
    }

    /** A fresh classifier with the options set; bad options are refused with a message naming them. */
    public static AbstractClassifier create(BaseLearner learner, String options) {
        AbstractClassifier classifier = classifier(learner);
        if (options == null || options.isBlank()) {
            return classifier;
        }
        learner.check(options);
        try {
            classifier.setOptions(Utils.splitOptions(options));
            return classifier;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException(learner.specName() + " options '" + options + "': " + e.getMessage(), e);
        }
    }

    /** Every option the learner understands, as Weka lists it. */
    public static List<Option> options(BaseLearner learner) {
        return Collections.list(classifier(learner).listOptions());
    }

    /** Empty when the learner can run here, else why not (LightGBM's native library did not load). */
    public static Optional<String> unavailableReason(BaseLearner learner) {
        return learner.nativeLibrary() ? LightGbmNative.unavailableReason() : Optional.empty();
    }

    /** Throws, naming the model, when the learner cannot run here. */
    static void requireAvailable(BaseLearner learner, String modelName) {
        unavailableReason(learner).ifPresent(reason -> {
            throw new IllegalStateException("model '" + modelName + "': " + learner.specName()
                    + " is unavailable on this machine: " + reason);
        });
    }

    /**
     * The value of {@code option} when an option line does not give it, as the learner or method itself has it
     * ("100"; "true"/"false" for a switch).
     */
    public static String defaultValue(OptionSchema owner, LearnerOption option) {
        if (owner instanceof BaseLearner learner) {
            String line = String.join(" ", classifier(learner).getOptions());
            return OptionLine.value(line, option).orElse(option.kind() == LearnerOption.Kind.SWITCH ? "false" : "");
        }
        Method method = (Method) owner;
        return method.knownDefault(option).orElseGet(() -> {
            try {
                OptionHandler meka = (OptionHandler) WekaModels.method(method);
                return OptionLine.value(String.join(" ", meka.getOptions()), option).orElse("");
            } catch (IllegalArgumentException e) {
                return "";
            }
        });
    }

    private static AbstractClassifier classifier(BaseLearner learner) {
        return switch (learner) {
            case RANDOM_FOREST -> new RandomForest();
            case LIGHTGBM -> new LightGbmClassifier();
            case FAST_FOREST -> new FastForestClassifier();
            case J48 -> new J48();
            case LOGISTIC -> new Logistic();
            case SMO -> calibratedSmo();
            case NAIVE_BAYES -> new NaiveBayes();
            case IBK -> new IBk();
            case MULTILAYER_PERCEPTRON -> new MultilayerPerceptron();
        };
    }

    private static AbstractClassifier calibratedSmo() {
        SMO smo = new SMO();
        // Probabilities, not just votes: PCut thresholds and log loss need confidences.
        smo.setBuildCalibrationModels(true);
        return smo;
    }
}
