package org.genreworkbench.labels;

import java.util.Locale;
import java.util.Optional;
import org.genreworkbench.model.Linkage;

/** A word of advice when one label swamps the others, fitted to the linkage already in use. */
public final class BalanceAdvice {
    /** One label on more than half the labelled tracks makes a poor target. */
    static final double LOPSIDED = 0.5;

    private BalanceAdvice() {
    }

    public static Optional<String> of(LabelBalance balance, Linkage linkage) {
        if (balance == null || balance.clusters() < 2 || balance.largestShare() <= LOPSIDED) {
            return Optional.empty();
        }
        String remedy = switch (linkage) {
            case SINGLE, AVERAGE, WEIGHTED -> "lower the cut or try complete or Ward linkage";
            case COMPLETE -> "lower the cut or try Ward linkage";
            // Ward is already the most balanced flat cut: what is left is to cut the big branch deeper.
            case WARD -> "split its branch or lower the cut";
        };
        return Optional.of(String.format(Locale.US, "%.0f %% on one label: %s.",
                balance.largestShare() * 100, remedy));
    }
}
