package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LossCurve;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.ui.FxTaskExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.genreworkbench.model.spec.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The MLP in the real Models tab at 1280×800: its loss per epoch for the chosen fold beside the per-label chart,
 * and, where PyTorch cannot load, the method offered disabled with the reason.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkInModelsTabTest {
    private static final String UNAVAILABLE = "the PyTorch engine did not load (no native build for this OS)";
    private static Project project;
    private static Experiment experiment;
    @TempDir
    static Path settings;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ModelsTab tab;

    @BeforeAll
    static void aNetworkBesideATreeOnTwoFolds() throws Exception {
        project = SampleGenerator.generate(new SampleSpec(8, 700, 200, 80));
        ExperimentSpec spec = new ExperimentSpec("network and tree", new DatasetSpec("playlistGenre", null, null,
                true, true, false, false), Split.kfold(2),
                List.of(new ModelSpec(null, "MLP", null, "-layers 16 -epochs 25 -patience 4", "", "PCut1"),
                        new ModelSpec(null, "WEKA", "NaiveBayes", "", "", "PCut1")), 3);
        experiment = new ExperimentRunner().run(project, spec, TaskContext.silent());
        project.putExperiment(experiment);
    }

    @Start
    void start(Stage stage) {
        WorkbenchContext context = TestWorkbench.context(project, new FxTaskExecutor(), dialogs, settings);
        // The engine is asked through the view model as the app asks it; the last test swaps in one that fails.
        tab = new ModelsTab(context, new ModelsViewModel(context, () -> Optional.of(UNAVAILABLE)));
        stage.setScene(TestWorkbench.styled(new Scene(new TabPane(tab), 1280, 800)));
        stage.show();
    }

    @Test
    void theChosenNetworksLossPerEpochIsShownWithTheEpochEarlyStoppingKept(FxRobot robot) throws Exception {
        robot.interact(() -> tab.viewModel().show(experiment));
        WaitForAsyncUtils.waitForFxEvents();
        // wins/ties/losses against the baseline (the first model): a dash for the baseline itself
        javafx.scene.control.TableView<?> comparison = robot.lookup("#comparison-table").queryTableView();
        javafx.scene.control.TableColumn<?, ?> wtl = comparison.getColumns().stream()
                .filter(c -> "metric-wtl".equals(c.getId())).findFirst().orElseThrow();
        assertThat(wtl.getCellData(0)).isEqualTo("—");
        assertThat(String.valueOf(wtl.getCellData(1))).matches("\\d+ / \\d+ / \\d+");
        TabPane charts = chartTabs(robot);
        assertThat(charts.getTabs()).extracting(Tab::getText).as("chart tabs before a network is chosen")
                .doesNotContain("Loss");

        robot.clickOn(row(robot, "MLP"));
        WaitForAsyncUtils.waitForFxEvents();
        // a tab of its own: the other charts keep the whole width and nothing of them is cut
        Tab lossTab = charts.getTabs().stream().filter(t -> "Loss".equals(t.getText())).findFirst().orElseThrow();
        assertThat(org.genreworkbench.ui.CutText.in(charts)).isEmpty();
        robot.interact(() -> charts.getSelectionModel().select(lossTab));
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup("#models-loss").query();
        assertThat(pane.isVisible()).isTrue();
        assertThat(pane.getLayoutBounds().getWidth()).as("width of the loss pane").isGreaterThan(600);
        assertThat(pane.getLayoutBounds().getHeight()).as("height of the loss pane").isGreaterThan(200);
        LineChart<Number, Number> chart = robot.lookup("#models-loss-chart").query();
        assertShows(chart, experiment.results().get(0).folds().get(0).lossCurve());
        Screenshots.save(robot, tab.getContent().getScene(), "models-loss-per-epoch");

        ChoiceBox<Integer> fold = robot.lookup("#models-loss-fold").query();
        assertThat(fold.isVisible()).isTrue();
        robot.interact(() -> fold.setValue(1));
        assertShows(chart, experiment.results().get(0).folds().get(1).lossCurve());

        // A model that is no network has no loss per epoch: the tab goes.
        robot.clickOn(row(robot, "NaiveBayes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(charts.getTabs()).doesNotContain(lossTab);
    }

    /** The tab pane of the result charts: the one whose tabs include "F1 per label". */
    private static TabPane chartTabs(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(p -> p.getTabs().stream().anyMatch(t -> "F1 per label".equals(t.getText())))
                .findFirst().orElseThrow();
    }

    @Test
    void whereThePyTorchEngineCannotLoadMlpIsOfferedDisabledWithTheReason(FxRobot robot) {
        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        robot.interact(() -> {
            tab.viewModel().dataset().targetProperty().set(Target.PLAYLIST_GENRE);
            setup.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<Method> method = robot.lookup("#models-method").query();
        assertThat(method.getItems()).containsExactly(Method.WEKA, Method.MLP);
        assertThat(method.getConverter().toString(Method.MLP)).isEqualTo("MLP (unavailable)");
        robot.interact(() -> method.setValue(Method.MLP));
        Label reason = robot.lookup("#models-mlp-unavailable").query();
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo("MLP is unavailable on this machine: " + UNAVAILABLE);
        Button add = robot.lookup("#models-add").query();
        assertThat(add.isDisabled()).isTrue();

        robot.interact(() -> method.setValue(Method.WEKA));
        assertThat(reason.isVisible()).isFalse();
        assertThat(add.isDisabled()).isFalse();
    }

    /** What the chart draws is the fold's curve: a point per epoch each, and the kept epoch's vertical line. */
    private static void assertShows(LineChart<Number, Number> chart, LossCurve curve) {
        List<XYChart.Series<Number, Number>> series = chart.getData();
        assertThat(series).extracting(XYChart.Series::getName).containsExactly("training", "validation",
                "kept: epoch " + curve.keptEpoch() + " of " + curve.epochs());
        assertThat(series.get(0).getData()).extracting(d -> d.getYValue().doubleValue())
                .containsExactlyElementsOf(curve.training());
        assertThat(series.get(1).getData()).extracting(d -> d.getYValue().doubleValue())
                .containsExactlyElementsOf(curve.validation());
        assertThat(series.get(2).getData()).extracting(d -> d.getXValue().intValue())
                .containsOnly(curve.keptEpoch()).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static Node row(FxRobot robot, String model) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() != null
                && ((TableRow<Comparison.Row>) r).getItem().model().equals(model)).query();
    }
}
