package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.genreworkbench.model.Metric;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.ui.FxTaskExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real tab, headless: add two models, run a small experiment, read and sort the comparison. */
@ExtendWith(ApplicationExtension.class)
class ModelsTabTest {
    @TempDir
    static Path settings;
    private WorkbenchContext context;
    private ModelsTab tab;

    @Start
    void start(Stage stage) {
        Project project = SampleGenerator.generate(new SampleSpec(8, 800, 250, 100));
        context = TestWorkbench.context(project, new FxTaskExecutor(), new ScriptedDialogs(), settings);
        tab = new ModelsTab(context);
        stage.setScene(TestWorkbench.styled(new Scene(new TabPane(tab), 1280, 800)));
        stage.show();
    }

    @Test
    void twoModelsRunAndTheComparisonFillsAndSorts(FxRobot robot) throws Exception {
        robot.interact(() -> {
            tab.viewModel().dataset().targetProperty().set(Target.PLAYLIST_GENRE);
            tab.viewModel().models().models().clear();
        });
        robot.clickOn("#models-holdout");
        // The models are below the data set: scroll down to them as a user would.
        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        robot.interact(() -> setup.setVvalue(1));
        ChoiceBox<BaseLearner> base = robot.lookup("#models-base").query();
        robot.interact(() -> base.setValue(BaseLearner.J48));
        robot.clickOn("#models-add");
        robot.interact(() -> base.setValue(BaseLearner.NAIVE_BAYES));
        robot.clickOn("#models-add");
        assertThat(tab.viewModel().models().models()).extracting(m -> m.name()).containsExactly("J48", "NaiveBayes");

        robot.clickOn("#models-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.viewModel().shown().experiment() != null);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Comparison.Row> table = robot.lookup("#comparison-table").queryTableView();
        assertThat(table.getItems()).extracting(Comparison.Row::model).containsExactlyInAnyOrder("J48", "NaiveBayes");
        assertThat(context.session().project().experiments()).hasSize(1);
        // one label per track: accuracy comes first, and the metrics that only repeat it are left out
        assertThat(table.getColumns()).extracting(c -> c.getId()).contains("metric-accuracy")
                .doesNotContain("metric-hamming_loss", "metric-exact_match", "metric-jaccard", "metric-f1_micro");
        @SuppressWarnings("unchecked")
        TableColumn<Comparison.Row, Comparison.Cell> logLoss = (TableColumn<Comparison.Row, Comparison.Cell>)
                table.getColumns().stream().filter(c -> "metric-log_loss".equals(c.getId())).findFirst().orElseThrow();
        robot.clickOn(robot.lookup(".column-header").match(n -> "metric-log_loss".equals(n.getId()))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSortOrder()).containsExactly(logLoss);
        double first = table.getItems().get(0).cells().get(Metric.LOG_LOSS).mean();
        double second = table.getItems().get(1).cells().get(Metric.LOG_LOSS).mean();
        assertThat(first).isLessThan(second);
        assertThat(table.getItems().get(0).cells().get(Metric.ACCURACY).mean()).isGreaterThan(0.2);
        Screenshots.save(robot, table.getScene(), "models-tab");

        // another workspace: the experiment box is empty again and says what it offers, not blank
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> past = robot.lookup("#models-past").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> context.session().replace(SampleGenerator.generate(new SampleSpec(8, 100, 50, 20)), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(past.getValue()).isNull();
        assertThat(past.getButtonCell().getText()).isEqualTo("Experiments kept in this workspace");
    }
}
