package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.genreworkbench.charts.TuningCurves;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelGrid;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results of a grid without a window: the comparison's rows grouped by family with the best of each marked,
 * and the Tuning chart's curves of a metric against the option varied, both from a real run of two grids.
 */
class TuningResultsTest {
    private static Project project;
    private static Experiment experiment;
    @TempDir
    Path dir;

    @BeforeAll
    static void twoGridsAndAModelOfItsOwn() throws Exception {
        project = SampleGenerator.generate(new SampleSpec(8, 600, 200, 80));
        ModelSpec j48 = new ModelSpec(null, "WEKA", "J48", "", "", "PCut1");
        ModelSpec forest = new ModelSpec(null, "WEKA", "RandomForest", "", "-I 10", "PCut1");
        List<ModelSpec> models = new java.util.ArrayList<>();
        models.addAll(new ModelGrid(forest, List.of("-I 5 -K 2", "-I 15 -K 2", "-I 5 -K 4", "-I 15 -K 4"), null, null).expand());
        models.add(new ModelSpec(null, "WEKA", "NaiveBayes", "", "", "PCut1"));
        models.addAll(new ModelGrid(j48, List.of("-M 40", "-M 2", "-M 10"), null, null).expand());
        ExperimentSpec spec = new ExperimentSpec("grids", new DatasetSpec("playlistGenre", null, null, true, true,
                false, false), Split.kfold(3), models, 1);
        experiment = new ExperimentRunner().run(project, spec, TaskContext.silent());
    }

    private ModelsViewModel shown() {
        ModelsViewModel vm = new ModelsViewModel(TestWorkbench.context(project, new CurrentThreadExecutor(),
                new ScriptedDialogs(), dir.resolve("settings")));
        vm.show(experiment);
        return vm;
    }

    @Test
    void aGridsModelsStayUnderTheirFamilyWhenSortedAndTheBestOfEachIsMarked() {
        ModelsViewModel vm = shown();
        // the status line says which kept experiment is on show
        assertThat(vm.status().get()).isEqualTo("Showing 'grids' of " + experiment.createdText() + " UTC: 8 models on 3 folds.");
        List<Comparison.Row> rows = vm.shown().rows();
        ModelFamilies families = ModelFamilies.of(rows, vm.shown().metrics());
        assertThat(families.grouped()).isTrue();
        assertThat(families.by()).isEqualTo(Metric.ACCURACY);

        for (String family : List.of("RandomForest", "J48")) {
            Comparison.Row best = rows.stream().filter(r -> ModelGrid.family(r.model()).equals(family))
                    .max(Comparator.comparingDouble(r -> r.cells().get(Metric.ACCURACY).mean())).orElseThrow();
            assertThat(rows).filteredOn(r -> families.best(r.model())).filteredOn(r -> r.model().startsWith(family))
                    .extracting(Comparison.Row::model).containsExactly(best.model());
        }
        assertThat(families.best("NaiveBayes")).isFalse();

        List<Comparison.Row> sorted = new java.util.ArrayList<>(rows);
        sorted.sort(families.order(Comparator.comparingDouble(r -> -r.cells().get(Metric.ACCURACY).mean())));
        assertThat(sorted).extracting(r -> ModelGrid.family(r.model())).containsExactly("RandomForest",
                "RandomForest", "RandomForest", "RandomForest", "NaiveBayes", "J48", "J48", "J48");
        assertThat(sorted.subList(5, 8)).extracting(r -> r.cells().get(Metric.ACCURACY).mean())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theTuningChartDrawsTheMetricAgainstEachVariedOptionWithItsSpreadOverFolds() {
        ModelsViewModel vm = shown();
        TuningChart tuning = vm.charts().tuning();
        assertThat(tuning.parameters()).extracting(TuningCurves.Parameter::label).containsExactly(
                "RandomForest: Trees (-I)", "RandomForest: Split features (-K)", "J48: Rows per leaf (-M)");
        assertThat(tuning.metricProperty().get()).isEqualTo(Metric.ACCURACY);

        tuning.parameterProperty().set(tuning.parameters().get(2));
        TuningCurves j48 = tuning.curvesProperty().get();
        assertThat(j48.curves()).hasSize(1);
        assertThat(j48.curves().get(0).points()).extracting(TuningCurves.Point::value).containsExactly(2.0, 10.0, 40.0);
        for (TuningCurves.Point p : j48.curves().get(0).points()) {
            Comparison.Cell cell = vm.shown().rows().stream().filter(r -> r.model().equals(p.model())).findFirst()
                    .orElseThrow().cells().get(Metric.ACCURACY);
            assertThat(p.mean()).isCloseTo(cell.mean(), within(1e-12));
            assertThat(p.sd()).isCloseTo(cell.sd(), within(1e-12)).isPositive();
        }

        tuning.parameterProperty().set(tuning.parameters().get(0));
        tuning.metricProperty().set(Metric.F1_MICRO);
        TuningCurves trees = tuning.curvesProperty().get();
        assertThat(trees.metric()).isEqualTo(Metric.F1_MICRO);
        assertThat(trees.curves()).extracting(TuningCurves.Curve::name)
                .containsExactly("RandomForest, -K 2", "RandomForest, -K 4");
        assertThat(trees.curves()).allSatisfy(c -> assertThat(c.points()).extracting(TuningCurves.Point::value)
                .containsExactly(5.0, 15.0));
        assertThat(vm.charts().chart(ResultCharts.Kind.TUNING)).isPresent();
    }

    @Test
    void anExperimentWithoutAGridHasNothingToTuneAndSaysHowToMakeOne() throws Exception {
        ExperimentSpec plain = new ExperimentSpec("plain", new DatasetSpec("playlistGenre", null, null, true, true,
                false, false), Split.kfold(3), List.of(new ModelSpec(null, "WEKA", "NaiveBayes", "", "", "PCut1")), 1);
        ModelsViewModel vm = shown();
        vm.show(new ExperimentRunner().run(project, plain, TaskContext.silent()));
        assertThat(vm.charts().tuning().parameters()).isEmpty();
        assertThat(vm.charts().chart(ResultCharts.Kind.TUNING)).isEmpty();
        assertThat(vm.charts().placeholder(ResultCharts.Kind.TUNING)).contains("100, 300, 1000");
        assertThat(ModelFamilies.of(vm.shown().rows(), vm.shown().metrics()).grouped()).isFalse();
    }
}
