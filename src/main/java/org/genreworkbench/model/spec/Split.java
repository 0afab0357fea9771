package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an experiment's tracks are split into training and test rows, always by iterative stratification: k-fold
 * cross-validation or one hold-out split. Spec files write {@code {"kind": "kfold", "folds": 5}} or
 * {@code {"kind": "holdout", "testFraction": 0.2}}, with {@code "secondOrder": true} to balance pairs of labels
 * as well (Szymański and Kajdanowicz 2017).
 */
public sealed interface Split {

    /** k-fold cross-validation: every track is tested once, in one of {@code folds} folds. */
    record KFold(int folds, boolean secondOrder) implements Split {
        public KFold {
            if (folds < 2) {
                throw new InvalidSetting("folds", "must be at least 2, not " + folds);
            }
        }

        @Override
        public int evaluations() {
            return folds;
        }

        @Override
        public double testTrainRatio() {
            return 1.0 / (folds - 1);
        }
    }

    /** One split: {@code testFraction} of the tracks for testing, the rest for training. */
    record HoldOut(double testFraction, boolean secondOrder) implements Split {
        public HoldOut {
            if (!(testFraction > 0 && testFraction < 1)) {
                throw new InvalidSetting("testFraction", "must be between 0 and 1 (both excluded), not " + testFraction);
            }
        }

        @Override
        public int evaluations() {
            return 1;
        }

        @Override
        public double testTrainRatio() {
            return testFraction / (1 - testFraction);
        }
    }

    static Split kfold(int folds) {
        return new KFold(folds, false);
    }

    static Split holdout(double testFraction) {
        return new HoldOut(testFraction, false);
    }

    /** Balance pairs of labels across the parts, not only single labels. */
    boolean secondOrder();

    /** The number of evaluations: k, or 1 for a hold-out split. */
    int evaluations();

    /** Test rows per training row, for the corrected resampled t-test. */
    double testTrainRatio();

    /**
     * A split as a spec file writes it. A missing kind is k-fold; a field the kind does not use is ignored
     * (format 2 workspaces stored {@code "testFraction": 0.0} with every k-fold split).
     */
    @JsonCreator
    static Split fromJson(@JsonProperty("kind") String kind, @JsonProperty("folds") Integer folds,
                          @JsonProperty("testFraction") Double testFraction,
                          @JsonProperty("secondOrder") Boolean secondOrder) {
        boolean pairs = Boolean.TRUE.equals(secondOrder);
        String k = kind == null ? "kfold" : kind;
        return switch (k) {
            case "kfold" -> {
                if (folds == null) {
                    throw new InvalidSetting("folds", "missing: k-fold needs the number of folds, at least 2");
                }
                yield new KFold(folds, pairs);
            }
            case "holdout" -> {
                if (testFraction == null) {
                    throw new InvalidSetting("testFraction", "missing: a hold-out split needs the share of tracks to test on");
                }
                yield new HoldOut(testFraction, pairs);
            }
            default -> throw new InvalidSetting("kind", "must be kfold or holdout, not '" + kind + "'");
        };
    }

    /** The fields a spec file writes, in that order. */
    @JsonValue
    default Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        if (this instanceof KFold k) {
            json.put("kind", "kfold");
            json.put("folds", k.folds());
        } else if (this instanceof HoldOut h) {
            json.put("kind", "holdout");
            json.put("testFraction", h.testFraction());
        }
        json.put("secondOrder", secondOrder());
        return json;
    }
}
