package org.genreworkbench.ui.models;

import javafx.util.StringConverter;
import org.genreworkbench.ml.BaseLearner;

/** Base learner names as offered: one that cannot run here says so and why, beside its name. */
final class BaseLearnerLabels extends StringConverter<String> {
    @Override
    public String toString(String specName) {
        if (specName == null) {
            return "";
        }
        return BaseLearner.of(specName).unavailableReason()
                .map(reason -> specName + " (unavailable: " + reason + ")")
                .orElse(specName);
    }

    @Override
    public String fromString(String label) {
        return label == null ? null : label.replaceFirst(" \\(unavailable: .*$", "");
    }
}
