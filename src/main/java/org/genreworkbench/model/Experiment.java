package org.genreworkbench.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.genreworkbench.model.spec.ExperimentSpec;

/**
 * A model comparison run kept in the workspace: what was asked (the spec), on which folds, and every
 * per-fold score, so it can be reopened and re-run to the same numbers. Plain data only: trained models
 * are never stored, they are rebuilt from their configuration.
 *
 * @param created     when it ran
 * @param spec        the experiment definition as run (target, features, split, models, seed)
 * @param labels      the labels (or classes) in the order of the per-label scores
 * @param foldTrackIds the track ids of each test fold
 * @param results     one entry per model
 * @param versions    software versions (Java, Weka, MEKA, Genre Workbench)
 */
public record Experiment(String id, String name, Instant created, ExperimentSpec spec, List<String> labels,
                         List<List<String>> foldTrackIds, List<ModelResult> results, Map<String, String> versions) {

    private static final DateTimeFormatter CREATED_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public Experiment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(spec, "spec");
        labels = labels == null ? List.of() : List.copyOf(labels);
        foldTrackIds = foldTrackIds == null ? List.of() : foldTrackIds.stream().map(List::copyOf).toList();
        results = results == null ? List.of() : List.copyOf(results);
        versions = versions == null ? Map.of() : Map.copyOf(versions);
    }

    /** When it ran, in UTC to the second, as the window and the report show it: "2026-11-24 10:00:00". */
    public String createdText() {
        return CREATED_TEXT.format(created);
    }

    /** The results of one model over every fold. */
    public record ModelResult(String model, String configuration, List<FoldScore> folds) {
        public ModelResult {
            folds = folds == null ? List.of() : List.copyOf(folds);
        }
    }

    /**
     * One model on one fold.
     *
     * @param metrics    quality scores by {@link Metric#key()} (as stored; read them with {@link #value(Metric)})
     * @param perLabelF1 F1 of each label, in the order of {@link Experiment#labels()}
     * @param lossCurve  the loss per epoch of a network (MLP); null for other models
     * @param labelCounts each label's confusion counts and binned scores, in the order of {@link Experiment#labels()};
     *                    empty in experiments run before they were kept
     */
    public record FoldScore(int fold, Map<String, Double> metrics, List<Double> perLabelF1, double trainMs,
                            double testMs, LossCurve lossCurve, List<LabelCounts> labelCounts) {
        public FoldScore {
            metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
            perLabelF1 = perLabelF1 == null ? List.of() : List.copyOf(perLabelF1);
            labelCounts = labelCounts == null ? List.of() : List.copyOf(labelCounts);
        }

        public FoldScore(int fold, Map<String, Double> metrics, List<Double> perLabelF1, double trainMs, double testMs) {
            this(fold, metrics, perLabelF1, trainMs, testMs, null, null);
        }

        public FoldScore(int fold, Map<String, Double> metrics, List<Double> perLabelF1, double trainMs, double testMs,
                         LossCurve lossCurve) {
            this(fold, metrics, perLabelF1, trainMs, testMs, lossCurve, null);
        }

        /** The fold's value of {@code metric}, times included; NaN when the fold was not scored on it. */
        public double value(Metric metric) {
            return switch (metric) {
                case TRAIN_TIME -> trainMs;
                case TEST_TIME -> testMs;
                default -> metrics.getOrDefault(metric.key(), Double.NaN);
            };
        }
    }
}
