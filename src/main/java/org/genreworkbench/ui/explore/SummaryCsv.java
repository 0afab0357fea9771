package org.genreworkbench.ui.explore;

import java.util.List;
import java.util.Locale;
import org.genreworkbench.explore.FeatureSummary;

/** The summary table as CSV text; an undefined statistic is an empty cell. */
final class SummaryCsv {
    private SummaryCsv() {
    }

    static String text(List<FeatureSummary> rows) {
        StringBuilder sb = new StringBuilder("feature,count,missing,mean,sd,min,q1,median,q3,max,skewness\n");
        for (FeatureSummary s : rows) {
            sb.append(s.feature()).append(',').append(s.count()).append(',').append(s.missing());
            for (double v : new double[] {s.mean(), s.sd(), s.min(), s.q1(), s.median(), s.q3(), s.max(), s.skewness()}) {
                sb.append(',').append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
