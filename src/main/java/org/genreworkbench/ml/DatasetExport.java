package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.export.CsvWriter;
import org.genreworkbench.model.Project;

/**
 * Writes the rows an experiment trains on, with their targets and folds, as CSV, so that another library can
 * be trained on the identical rows and split (see docs/dataset-export.md). Features are as read from the
 * tracks, before the per-fold transforms (log, one-hot, standardisation); a missing value is an empty cell.
 */
public final class DatasetExport {
    private DatasetExport() {
    }

    /** Writes the experiment's data set to the file; returns the number of rows written. */
    public static int write(Project project, ExperimentSpec spec, Path file) throws IOException {
        Dataset data = DatasetBuilder.build(project, spec.dataset());
        int[] fold = ExperimentRunner.folds(data, spec);
        boolean holdout = spec.split().evaluations() == 1;
        List<String> header = new ArrayList<>(data.featureNames());
        if (data.singleLabel()) {
            header.add("class");
        } else {
            data.labels().forEach(l -> header.add("label:" + l));
        }
        header.add("fold");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = CsvWriter.of(out, header, CsvWriter.Readers.PROGRAMS);
            for (int r = 0; r < data.rows(); r++) {
                for (double v : data.features()[r]) {
                    csv.formatted(Double.isNaN(v) ? null : number(v));
                }
                boolean[] y = data.targets()[r];
                if (data.singleLabel()) {
                    for (int l = 0; l < y.length; l++) {
                        if (y[l]) {
                            csv.text(data.labels().get(l));
                        }
                    }
                } else {
                    for (boolean b : y) {
                        csv.formatted(b ? "1" : "0");
                    }
                }
                // In a hold-out split evaluation 0 is the test set (see ExperimentRunner.folds).
                csv.text(holdout ? (fold[r] == 0 ? "test" : "train") : String.valueOf(fold[r]));
            }
            csv.finish();
        }
        return data.rows();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
