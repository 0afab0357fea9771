package org.genreworkbench.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a model is scored on, per fold: the quality metrics computed from its predictions, and the time it took
 * to train and to predict. Each knows which way is better, so the comparison's tests, the table's best values
 * and its arrows never guess from a name. The key is the name in workspaces, CSV files, MLflow and the command
 * line, and never changes.
 */
public enum Metric {
    HAMMING_LOSS("hamming_loss", "Hamming loss", Direction.LOWER_IS_BETTER, Kind.QUALITY),
    EXACT_MATCH("exact_match", "Exact match", Direction.HIGHER_IS_BETTER, Kind.QUALITY),
    JACCARD("jaccard", "Jaccard", Direction.HIGHER_IS_BETTER, Kind.QUALITY),
    F1_MICRO("f1_micro", "F1 micro", Direction.HIGHER_IS_BETTER, Kind.QUALITY),
    F1_MACRO_LABEL("f1_macro_label", "F1 macro (label)", Direction.HIGHER_IS_BETTER, Kind.QUALITY),
    F1_MACRO_EXAMPLE("f1_macro_example", "F1 macro (example)", Direction.HIGHER_IS_BETTER, Kind.QUALITY),
    PRECISION("precision_micro", "Precision", Direction.HIGHER_IS_BETTER, Kind.QUALITY),
    RECALL("recall_micro", "Recall", Direction.HIGHER_IS_BETTER, Kind.QUALITY),
    LOG_LOSS("log_loss", "Log loss", Direction.LOWER_IS_BETTER, Kind.QUALITY),
    /** Single-label runs only. */
    ACCURACY("accuracy", "Accuracy", Direction.HIGHER_IS_BETTER, Kind.QUALITY),
    TRAIN_TIME("train_ms", "Train ms", Direction.LOWER_IS_BETTER, Kind.TIME),
    TEST_TIME("test_ms", "Test ms", Direction.LOWER_IS_BETTER, Kind.TIME);

    /** Which way a metric improves. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /** A score of the predictions, or a duration in milliseconds. */
    public enum Kind { QUALITY, TIME }

    private final String key;
    private final String label;
    private final Direction direction;
    private final Kind kind;

    Metric(String key, String label, Direction direction, Kind kind) {
        this.key = key;
        this.label = label;
        this.direction = direction;
        this.kind = kind;
    }

    /** The stored name: "hamming_loss", "train_ms". */
    public String key() {
        return key;
    }

    /** The name shown to people: "Hamming loss". */
    public String label() {
        return label;
    }

    public Direction direction() {
        return direction;
    }

    public Kind kind() {
        return kind;
    }

    public boolean lowerIsBetter() {
        return direction == Direction.LOWER_IS_BETTER;
    }

    public boolean isTime() {
        return kind == Kind.TIME;
    }

    /** The quality metrics, in table order. */
    public static List<Metric> quality() {
        return Arrays.stream(values()).filter(m -> m.kind == Kind.QUALITY).toList();
    }

    /** The metric stored under {@code key}; empty for a name this version does not know. */
    public static Optional<Metric> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    /** Scores keyed by their stored names, in metric order, as workspaces and cells keep them. */
    public static LinkedHashMap<String, Double> keyed(Map<Metric, Double> scores) {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        new EnumMap<>(scores).forEach((m, v) -> out.put(m.key, v));
        return out;
    }
}
