package org.genreworkbench.model.spec;

import static org.genreworkbench.model.spec.LearnerOption.number;
import static org.genreworkbench.model.spec.LearnerOption.onOff;
import static org.genreworkbench.model.spec.LearnerOption.whole;

import java.util.List;

/**
 * The options each base learner offers for editing: the ones people tune, typed and ranged. Other options the
 * learner understands still pass through as text; these are the ones checked before Weka or LightGBM sees them.
 */
final class LearnerOptions {
    private static final long MANY = Long.MAX_VALUE;
    private static final List<LearnerOption> LIGHTGBM_SHARED = List.of(
            whole("leaves", "Leaves per tree", 2, 131_072, "Leaves per tree"),
            whole("min-data-in-leaf", "Rows per leaf", 1, Integer.MAX_VALUE, "Fewest training rows in a leaf"),
            number("feature-fraction", "Feature share", 0, true, 1, "Share of the features each tree may use"),
            number("bagging-fraction", "Row share", 0, true, 1, "Share of the rows each tree is trained on"),
            whole("bins", "Histogram bins", 2, 65_535, "Most histogram bins per feature"),
            whole("threads", "Threads", 0, 1024, "Threads (0: chosen from the data size)"));

    private LearnerOptions() {
    }

    static List<LearnerOption> of(BaseLearner learner) {
        return switch (learner) {
            case RANDOM_FOREST -> List.of(
                    whole("I", "Trees", 1, 100_000, "Trees"),
                    whole("K", "Split features", 0, 10_000, "Features tried at each split (0: log2 of the features + 1)"),
                    whole("depth", "Largest depth", 0, 10_000, "Deepest a tree may grow (0: no limit)"));
            case LIGHTGBM -> concat(List.of(
                    whole("rounds", "Boosting rounds", 1, 1_000_000, "Boosting rounds (trees per class)"),
                    number("learning-rate", "Learning rate", 0, true, Double.MAX_VALUE, "Learning rate (shrinkage)"),
                    number("l2", "L2 on leaves", 0, false, Double.MAX_VALUE, "L2 regularisation of leaf values"),
                    whole("early-stopping", "Early stopping", 0, 1_000_000,
                            "Stop after this many rounds without improvement on an inner validation split (0: off)"),
                    number("validation-fraction", "Held-out share", 0, true, 0.9, "Share of the training rows held out for early stopping")));
            case FAST_FOREST -> concat(List.of(whole("trees", "Trees", 1, 1_000_000, "Trees")));
            case J48 -> List.of(
                    number("C", "Confidence", 0, true, 0.5, "Confidence for pruning (smaller prunes more)"),
                    whole("M", "Rows per leaf", 1, Integer.MAX_VALUE, "Fewest rows in a leaf"),
                    onOff("U", "Unpruned", "Unpruned tree"));
            case LOGISTIC -> List.of(
                    number("R", "Ridge", 0, false, Double.MAX_VALUE, "Ridge (L2 penalty)"),
                    whole("M", "Iterations", -1, Integer.MAX_VALUE, "Most iterations (-1: until it converges)"));
            case SMO -> List.of(number("C", "Complexity", 0, true, Double.MAX_VALUE, "Complexity (larger fits the training rows closer)"));
            case NAIVE_BAYES -> List.of(
                    onOff("K", "Kernel density", "Kernel density estimates instead of normal distributions"),
                    onOff("D", "Discretise", "Discretise numeric features"));
            case IBK -> List.of(
                    whole("K", "Neighbours", 1, 100_000, "Neighbours"),
                    onOff("I", "Distance weight", "Weigh neighbours by 1/distance"));
            case MULTILAYER_PERCEPTRON -> List.of(
                    number("L", "Learning rate", 0, true, 1, "Learning rate"),
                    number("M", "Momentum", 0, false, 1, "Momentum"),
                    whole("N", "Epochs", 1, MANY, "Epochs"));
        };
    }

    private static List<LearnerOption> concat(List<LearnerOption> own) {
        return java.util.stream.Stream.concat(own.stream(), LIGHTGBM_SHARED.stream()).toList();
    }
}
