package org.genreworkbench.ui.models;

import java.util.Locale;
import org.genreworkbench.ml.FeatureAblation;

/** A feature ablation as a plain-text table: the score on all features, then each feature left out. */
final class AblationText {
    private AblationText() {
    }

    static String of(FeatureAblation.Result r) {
        StringBuilder text = new StringBuilder(String.format(Locale.US,
                "%s, %s with all features: %.4f%n%n%-18s %8s  %8s%n", r.model(), r.metric().key(), r.allFeatures(),
                "Left out", r.metric().key(), "change"));
        r.rows().forEach(row -> text.append(String.format(Locale.US, "%-18s %8.4f  %+8.4f%n",
                row.leftOut(), row.score(), row.change())));
        return text.toString();
    }
}
