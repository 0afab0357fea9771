package org.genreworkbench.ui.explore;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.genreworkbench.explore.FeatureSummary;
import org.genreworkbench.export.CsvWriter;

/** The summary table as CSV text for a spreadsheet; an undefined statistic is an empty cell. */
final class SummaryCsv {
    private static final List<String> HEADER = List.of("feature", "count", "missing", "mean", "sd", "min", "q1",
            "median", "q3", "max", "skewness");

    private SummaryCsv() {
    }

    static String text(List<FeatureSummary> rows) {
        StringWriter out = new StringWriter();
        try {
            CsvWriter csv = CsvWriter.of(out, HEADER, CsvWriter.Readers.SPREADSHEETS);
            for (FeatureSummary s : rows) {
                csv.text(s.feature()).number(s.count()).number(s.missing());
                for (double v : new double[] {s.mean(), s.sd(), s.min(), s.q1(), s.median(), s.q3(), s.max(), s.skewness()}) {
                    csv.formatted(Double.isNaN(v) ? null : String.format(Locale.ROOT, "%.6g", v));
                }
            }
            csv.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be written to", e);
        }
        return out.toString();
    }
}
