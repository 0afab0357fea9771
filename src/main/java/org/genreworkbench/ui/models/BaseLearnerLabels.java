package org.genreworkbench.ui.models;

import javafx.util.StringConverter;
import org.genreworkbench.ml.Learners;
import org.genreworkbench.model.spec.BaseLearner;

/** Base learner names as offered: one that cannot run here says so and why, beside its name. */
final class BaseLearnerLabels extends StringConverter<BaseLearner> {
    @Override
    public String toString(BaseLearner learner) {
        if (learner == null) {
            return "";
        }
        return Learners.unavailableReason(learner)
                .map(reason -> learner.specName() + " (unavailable: " + reason + ")")
                .orElse(learner.specName());
    }

    @Override
    public BaseLearner fromString(String label) {
        return label == null ? null : BaseLearner.of(label.replaceFirst(" \\(unavailable: .*$", ""));
    }
}
