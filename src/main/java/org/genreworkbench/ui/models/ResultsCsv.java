package org.genreworkbench.ui.models;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.genreworkbench.model.Experiment;

/** Writes every per-fold score of an experiment as CSV: model, fold, metric, value, plus per-label F1 rows. */
final class ResultsCsv {
    private ResultsCsv() {
    }

    static void write(Experiment e, Writer out) throws IOException {
        out.write("model,fold,metric,value\n");
        for (Experiment.ModelResult r : e.results()) {
            for (Experiment.FoldScore f : r.folds()) {
                for (Map.Entry<String, Double> m : f.metrics().entrySet()) {
                    line(out, r.model(), f.fold(), m.getKey(), m.getValue());
                }
                line(out, r.model(), f.fold(), "train_ms", f.trainMs());
                line(out, r.model(), f.fold(), "test_ms", f.testMs());
                for (int l = 0; l < f.perLabelF1().size() && l < e.labels().size(); l++) {
                    line(out, r.model(), f.fold(), "f1[" + e.labels().get(l) + "]", f.perLabelF1().get(l));
                }
            }
        }
    }

    private static void line(Writer out, String model, int fold, String metric, double value) throws IOException {
        out.write(quote(model) + "," + fold + "," + quote(metric) + "," + String.format(Locale.ROOT, "%.6f", value) + "\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
