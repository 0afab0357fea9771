package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.charts.FoldScores;
import org.genreworkbench.ml.FeatureAblation;
import org.genreworkbench.ml.FoldDistribution;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.ui.ScriptedDialogs;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data behind the charts under the comparison, in plain JUnit on real runs, checked against the runs. */
class ResultChartsTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void scoresPerFoldAreTheRunsOwnFoldByFoldAndFollowTheChosenMetric() {
        ModelsViewModel vm = ThreeFoldRun.onSample(dir.resolve("settings"), dialogs);
        ResultCharts charts = vm.charts();
        Experiment e = vm.shown().experiment();
        assertThat(charts.metrics()).contains(Metric.ACCURACY).doesNotContain(Metric.TRAIN_TIME, Metric.TEST_TIME);
        assertThat(charts.metricProperty().get()).as("single-label runs start on accuracy").isEqualTo(Metric.ACCURACY);

        charts.metricProperty().set(Metric.F1_MACRO_LABEL);
        FoldScores scores = charts.perFoldProperty().get();
        assertThat(scores.models()).containsExactly("NaiveBayes", "J48");
        for (int m = 0; m < 2; m++) {
            Experiment.ModelResult r = e.results().get(m);
            assertThat(scores.values()[m]).hasSize(3);
            for (int f = 0; f < 3; f++) {
                assertThat(scores.values()[m][f]).isEqualTo(r.folds().get(f).metrics().get(Metric.F1_MACRO_LABEL.key()));
            }
        }
        // The box plot's median is the middle of the three folds.
        JFreeChart chart = charts.chart(ResultCharts.Kind.PER_FOLD).orElseThrow();
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) ((CategoryPlot) chart.getPlot()).getDataset(0);
        double[] j48 = scores.values()[1].clone();
        Arrays.sort(j48);
        assertThat(boxes.getMedianValue("folds", "J48").doubleValue()).isCloseTo(j48[1], within(1e-12));
        assertThat(boxes.getMinRegularValue("folds", "J48").doubleValue()).isCloseTo(j48[0], within(1e-12));
    }

    @Test
    void foldBalanceIsEachGenresShareOfEachFoldCountedFromTheTracks() {
        Project project = SampleGenerator.generate(new SampleSpec(8, 600, 200, 80));
        ModelsViewModel vm = ThreeFoldRun.of(project, dir.resolve("settings"), dialogs);
        ResultCharts charts = vm.charts();
        assertThat(charts.chart(ResultCharts.Kind.FOLD_BALANCE)).isEmpty();
        assertThat(charts.placeholder(ResultCharts.Kind.FOLD_BALANCE)).startsWith("Fold balance…");

        vm.foldBalance();

        assertThat(charts.kindProperty().get()).isEqualTo(ResultCharts.Kind.FOLD_BALANCE);
        FoldDistribution d = charts.foldBalanceProperty().get();
        Experiment e = vm.shown().experiment();
        Map<String, String> genres = project.playlistGenres();
        for (int f = 0; f < 3; f++) {
            List<String> fold = e.foldTrackIds().get(f);
            for (int l = 0; l < d.labels().size(); l++) {
                String genre = d.labels().get(l);
                long carrying = fold.stream().filter(id -> genre.equals(genres.get(id))).count();
                assertThat(d.folds()[f][l]).as("%s in fold %d", genre, f + 1)
                        .isCloseTo((double) carrying / fold.size(), within(1e-12));
            }
        }
        // The heat map holds a cell per label for the whole set and each fold, valued as the shares.
        XYZDataset cells = (XYZDataset) ((XYPlot) charts.chart(ResultCharts.Kind.FOLD_BALANCE).orElseThrow().getPlot())
                .getDataset();
        assertThat(cells.getItemCount(0)).isEqualTo(d.labels().size() * 4);
        Set<Double> values = new HashSet<>();
        for (int i = 0; i < cells.getItemCount(0); i++) {
            values.add(cells.getZValue(0, i));
        }
        assertThat(values).contains(d.folds()[2][0], d.whole()[d.labels().size() - 1]);

        // Another experiment shown: its folds are not the ones computed.
        vm.run();
        assertThat(charts.foldBalanceProperty().get()).isNull();
        assertThat(charts.kindProperty().get()).isEqualTo(ResultCharts.Kind.PER_LABEL);
    }

    @Test
    void theAblationChartIsTheRunsChangesMostHarmfulFirstWithTheirSpreadOverFolds() {
        ModelsViewModel vm = ThreeFoldRun.onSample(dir.resolve("settings"), dialogs);
        vm.shown().chosenProperty().set("NaiveBayes");
        dialogs.confirmAnswers.add(true);
        vm.ablation();

        FeatureAblation.Result result = vm.shown().ablation().orElseThrow();
        assertThat(result.model()).as("the model selected, not the first").isEqualTo("NaiveBayes");
        StatisticalCategoryDataset bars = (StatisticalCategoryDataset) ((CategoryPlot) vm.charts()
                .chart(ResultCharts.Kind.ABLATION).orElseThrow().getPlot()).getDataset();
        assertThat(bars.getColumnCount()).isEqualTo(4);
        double previous = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < 4; c++) {
            String feature = (String) bars.getColumnKey(c);
            FeatureAblation.Row row = result.rows().stream().filter(r -> r.leftOut().equals(feature)).findFirst().orElseThrow();
            assertThat(bars.getMeanValue(0, c).doubleValue()).isEqualTo(row.change());
            assertThat(row.foldChanges()).hasSize(3);
            assertThat(Arrays.stream(row.foldChanges()).average().orElseThrow()).isCloseTo(row.change(), within(1e-12));
            double mean = row.change();
            double sd = Math.sqrt(Arrays.stream(row.foldChanges()).map(x -> (x - mean) * (x - mean)).sum() / 2);
            assertThat(bars.getStdDevValue(0, c).doubleValue()).isCloseTo(sd, within(1e-12));
            assertThat(row.change()).isGreaterThanOrEqualTo(previous);
            previous = row.change();
        }
    }
}
