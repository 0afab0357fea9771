package org.genreworkbench.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;

/** Writes every per-fold score of an experiment as CSV: model, fold, metric, value, plus per-label F1 rows. */
public final class ResultsCsv {
    private ResultsCsv() {
    }

    /** Writes the experiment's scores to {@code file}, replacing it; returns the number of data rows written. */
    public static int write(Experiment e, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return write(e, out);
        }
    }

    static int write(Experiment e, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.of(out, List.of("model", "fold", "metric", "value"), CsvWriter.Readers.SPREADSHEETS);
        int rows = 0;
        for (Experiment.ModelResult r : e.results()) {
            for (Experiment.FoldScore f : r.folds()) {
                for (Metric m : Metric.values()) {
                    if (m.isTime() || f.metrics().containsKey(m.key())) {
                        rows += line(csv, r.model(), f.fold(), m.key(), f.value(m));
                    }
                }
                for (int l = 0; l < f.perLabelF1().size() && l < e.labels().size(); l++) {
                    rows += line(csv, r.model(), f.fold(), "f1[" + e.labels().get(l) + "]", f.perLabelF1().get(l));
                }
            }
        }
        csv.finish();
        return rows;
    }

    private static int line(CsvWriter csv, String model, int fold, String metric, double value) throws IOException {
        csv.text(model).number(fold).text(metric).formatted(String.format(Locale.ROOT, "%.6f", value));
        return 1;
    }
}
