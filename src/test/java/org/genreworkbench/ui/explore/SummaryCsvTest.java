package org.genreworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.genreworkbench.explore.FeatureSummary;
import org.genreworkbench.explore.SortedColumn;
import org.junit.jupiter.api.Test;

/** The summary table copied or exported as CSV: negative statistics stay numbers, undefined ones are empty. */
class SummaryCsvTest {

    @Test
    void negativeStatisticsAreNumbersAndAConstantColumnHasNoSkewness() {
        double[] loudness = {-12.0, -6.0, Double.NaN, -3.0};
        double[] constant = {1.0, 1.0};

        String csv = SummaryCsv.text(List.of(FeatureSummary.of("loudness", loudness, SortedColumn.of(loudness)),
                FeatureSummary.of("mode", constant, SortedColumn.of(constant))));

        assertThat(csv.split("\n", -1)).containsExactly(
                "feature,count,missing,mean,sd,min,q1,median,q3,max,skewness",
                "loudness,3,1,-7.00000,4.58258,-12.0000,-9.00000,-6.00000,-4.50000,-3.00000,-0.935220",
                "mode,2,0,1.00000,0.00000,1.00000,1.00000,1.00000,1.00000,1.00000,",
                "");
    }
}
