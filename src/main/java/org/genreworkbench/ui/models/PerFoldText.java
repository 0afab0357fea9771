package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Locale;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;

/** One model's scores fold by fold, as a plain-text table. */
final class PerFoldText {
    private PerFoldText() {
    }

    static String of(Experiment experiment, String model) {
        Experiment.ModelResult result = experiment.results().stream().filter(r -> r.model().equals(model)).findFirst()
                .orElseThrow();
        List<Metric> metrics = Comparison.metrics(experiment);
        StringBuilder sb = new StringBuilder(result.configuration()).append("\n\n").append(String.format(Locale.US, "%-18s", "metric"));
        for (Experiment.FoldScore f : result.folds()) {
            sb.append(String.format(Locale.US, " %10s", "fold " + (f.fold() + 1)));
        }
        sb.append('\n');
        for (Metric m : metrics) {
            sb.append(String.format(Locale.US, "%-18s", m.key()));
            for (double v : Comparison.values(result, m)) {
                sb.append(String.format(Locale.US, m.isTime() ? " %10.0f" : " %10.4f", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
