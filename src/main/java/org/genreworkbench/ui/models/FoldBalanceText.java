package org.genreworkbench.ui.models;

import java.util.Locale;
import org.genreworkbench.ml.FoldDistribution;

/** The fold balance as a plain-text table: one line per label, its share overall and in each fold. */
final class FoldBalanceText {
    private FoldBalanceText() {
    }

    static String of(FoldDistribution d) {
        StringBuilder sb = new StringBuilder(String.format(Locale.US, "%-28s %7s", "label", "whole"));
        for (int f = 0; f < d.folds().length; f++) {
            sb.append(String.format(Locale.US, " %7s", "fold " + (f + 1)));
        }
        sb.append('\n');
        for (int l = 0; l < d.labels().size(); l++) {
            String label = d.labels().get(l);
            sb.append(String.format(Locale.US, "%-28s %6.1f%%", label.length() > 28 ? label.substring(0, 27) + "…" : label,
                    100 * d.whole()[l]));
            for (double[] fold : d.folds()) {
                sb.append(String.format(Locale.US, " %6.1f%%", 100 * fold[l]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
