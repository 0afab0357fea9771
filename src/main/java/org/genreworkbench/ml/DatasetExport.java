package org.genreworkbench.ml;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter csv = new CsvMapper().writer(schema).writeValues(out)) {
            csv.write(header);
            for (int r = 0; r < data.rows(); r++) {
                List<String> row = new ArrayList<>(header.size());
                for (double v : data.features()[r]) {
                    row.add(Double.isNaN(v) ? "" : number(v));
                }
                boolean[] y = data.targets()[r];
                if (data.singleLabel()) {
                    for (int l = 0; l < y.length; l++) {
                        if (y[l]) {
                            row.add(data.labels().get(l));
                        }
                    }
                } else {
                    for (boolean b : y) {
                        row.add(b ? "1" : "0");
                    }
                }
                // In a hold-out split evaluation 0 is the test set (see ExperimentRunner.folds).
                row.add(holdout ? (fold[r] == 0 ? "test" : "train") : String.valueOf(fold[r]));
                csv.write(row);
            }
        }
        return data.rows();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
