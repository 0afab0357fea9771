package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.charts.LabelConfusion;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;
import org.genreworkbench.ui.ScriptedDialogs;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-label charts' view model in plain JUnit on a real three-fold run, checked against the run's own scores. */
class LabelResultChartsTest {
    @TempDir
    Path dir;

    @Test
    void precisionAndRecallOfTheSelectedModelsAgreeWithTheirF1PerLabel() {
        ModelsViewModel vm = ThreeFoldRun.onSample(dir.resolve("settings"), new ScriptedDialogs());
        LabelResultCharts charts = vm.labelCharts();
        Experiment e = vm.shown().experiment();
        assertThat(charts.chart(LabelResultCharts.Kind.RATES)).isEmpty();
        assertThat(charts.placeholder(LabelResultCharts.Kind.RATES)).startsWith("Select models");

        vm.charts().selectedModels().setAll("J48", "NaiveBayes");
        CategoryDataset drawn = ((CategoryPlot) charts.chart(LabelResultCharts.Kind.RATES).orElseThrow().getPlot())
                .getDataset();
        assertThat(drawn.getRowKeys()).containsExactly("J48 precision", "J48 recall", "NaiveBayes precision",
                "NaiveBayes recall");
        assertThat(drawn.getColumnKeys()).isEqualTo(e.labels());
        for (Experiment.ModelResult r : e.results()) {
            for (int l = 0; l < e.labels().size(); l++) {
                double precision = 0;
                double recall = 0;
                for (Experiment.FoldScore f : r.folds()) {
                    LabelCounts c = f.labelCounts().get(l);
                    double p = c.tp() + c.fp() == 0 ? 0 : (double) c.tp() / (c.tp() + c.fp());
                    double rc = c.tp() + c.fn() == 0 ? 0 : (double) c.tp() / (c.tp() + c.fn());
                    // the fold's F1, kept apart from the counts, is their harmonic mean
                    assertThat(p + rc == 0 ? 0 : 2 * p * rc / (p + rc)).isCloseTo(f.perLabelF1().get(l), within(1e-12));
                    precision += p / r.folds().size();
                    recall += rc / r.folds().size();
                }
                String label = e.labels().get(l);
                assertThat(drawn.getValue(r.model() + " precision", label).doubleValue()).isCloseTo(precision, within(1e-12));
                assertThat(drawn.getValue(r.model() + " recall", label).doubleValue()).isCloseTo(recall, within(1e-12));
            }
        }
    }

    @Test
    void theChosenModelsCountsAreSummedOverFoldsOrShownForTheChosenFold() {
        ModelsViewModel vm = ThreeFoldRun.onSample(dir.resolve("settings"), new ScriptedDialogs());
        LabelResultCharts charts = vm.labelCharts();
        Experiment e = vm.shown().experiment();
        assertThat(charts.chart(LabelResultCharts.Kind.CONFUSION)).isEmpty();
        assertThat(charts.placeholder(LabelResultCharts.Kind.CONFUSION)).startsWith("Select a model");
        assertThat(charts.folds()).extracting(LabelResultCharts.Choice::name)
                .containsExactly("All folds", "Fold 1", "Fold 2", "Fold 3");

        vm.shown().chosenProperty().set("J48");
        Experiment.ModelResult j48 = e.results().get(1);
        int tracks = e.foldTrackIds().stream().mapToInt(List::size).sum();
        CategoryDataset all = ((CategoryPlot) charts.chart(LabelResultCharts.Kind.CONFUSION).orElseThrow().getPlot())
                .getDataset();
        for (int l = 0; l < e.labels().size(); l++) {
            int label = l;
            int tp = j48.folds().stream().mapToInt(f -> f.labelCounts().get(label).tp()).sum();
            int fn = j48.folds().stream().mapToInt(f -> f.labelCounts().get(label).fn()).sum();
            int fp = j48.folds().stream().mapToInt(f -> f.labelCounts().get(label).fp()).sum();
            String row = String.format(java.util.Locale.US, "%s (TN %,d)", e.labels().get(l), tracks - tp - fn - fp);
            assertThat(all.getValue("true positives", row).intValue()).isEqualTo(tp);
            assertThat(all.getValue("false negatives", row).intValue()).isEqualTo(fn);
            assertThat(all.getValue("false positives", row).intValue()).isEqualTo(fp);
        }

        charts.foldProperty().set(charts.folds().get(2));
        LabelConfusion second = charts.confusion().orElseThrow();
        assertThat(second.foldName()).isEqualTo("fold 2");
        assertThat(second.counts()).isEqualTo(j48.folds().get(1).labelCounts());
        XYPlot curves = (XYPlot) charts.chart(LabelResultCharts.Kind.PR_CURVE).orElseThrow().getPlot();
        assertThat(curves.getDataset(0).getSeriesCount()).isEqualTo(e.labels().size());
        charts.labelProperty().set(charts.labels().get(3));
        curves = (XYPlot) charts.chart(LabelResultCharts.Kind.PR_CURVE).orElseThrow().getPlot();
        assertThat(curves.getDataset(0).getSeriesCount()).isEqualTo(1);
        assertThat(curves.getDataset(0).getSeriesKey(0)).isEqualTo(e.labels().get(2));
        // the model's own point: that fold's counts of the label
        LabelCounts c = j48.folds().get(1).labelCounts().get(2);
        assertThat(curves.getDataset(1).getYValue(0, 0)).isCloseTo(c.precision(), within(1e-12));
    }

    @Test
    void anExperimentRunBeforeCountsWereKeptSaysSoInsteadOfDrawing() {
        ModelsViewModel vm = ThreeFoldRun.onSample(dir.resolve("settings"), new ScriptedDialogs());
        Experiment e = vm.shown().experiment();
        Experiment old = new Experiment(e.id(), e.name(), e.created(), e.spec(), e.labels(), e.foldTrackIds(),
                e.results().stream().map(r -> new Experiment.ModelResult(r.model(), r.configuration(), r.folds().stream()
                        .map(f -> new Experiment.FoldScore(f.fold(), f.metrics(), f.perLabelF1(), f.trainMs(), f.testMs()))
                        .toList())).toList(), e.versions());
        vm.show(old);
        vm.charts().selectedModels().setAll("J48");
        vm.shown().chosenProperty().set("J48");
        for (LabelResultCharts.Kind kind : LabelResultCharts.Kind.values()) {
            assertThat(vm.labelCharts().chart(kind)).as(kind.title).isEmpty();
            assertThat(vm.labelCharts().placeholder(kind)).isEqualTo(LabelConfusion.NOT_KEPT);
        }
    }
}
