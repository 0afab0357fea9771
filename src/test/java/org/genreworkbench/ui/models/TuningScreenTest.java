package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.model.Project;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.CutText;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tuning in the real window at 1280×800 on the public tracks of spotify_songs.csv: a list typed into a learner's
 * option in the property sheet, Run on 3 folds, the grid's models grouped under their family with the best
 * starred, and the Tuning chart of the metric against the option, exported as SVG.
 */
@ExtendWith(ApplicationExtension.class)
class TuningScreenTest {
    private static Project project;

    @TempDir
    static Path configDir;
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;

    @BeforeAll
    static void publicTracks() throws Exception {
        project = PublicSongsExperiment.tracks();
    }

    @Start
    void start(Stage stage) {
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(configDir), dialogs);
    }

    @Test
    void aListTypedIntoAnOptionRunsAsAGridGroupedInTheTableAndDrawnInTheTuningChart(FxRobot robot) throws Exception {
        ModelsTab tab = ModelsTabOnScreen.open(robot, window, project, null);

        // The playlist genre on 3 folds, and one model: J48.
        ChoiceBox<Target> target = robot.lookup("#models-target").query();
        robot.interact(() -> target.setValue(Target.PLAYLIST_GENRE));
        robot.clickOn("#models-kfold");
        Spinner<Integer> folds = robot.lookup("#models-folds").query();
        robot.clickOn(folds.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("3").push(KeyCode.TAB);
        assertThat(tab.viewModel().dataset().foldsProperty().get()).isEqualTo(3);
        ListView<ModelSpec> list = robot.lookup("#models-list").query();
        while (!list.getItems().isEmpty()) {
            robot.interact(() -> list.getSelectionModel().select(0));
            robot.interact(() -> robot.lookup("#models-remove").queryButton().fire());
        }
        robot.interact(() -> {
            robot.lookup("#models-method").<ChoiceBox<Method>>query().setValue(Method.WEKA);
            robot.lookup("#models-base").<ChoiceBox<BaseLearner>>query().setValue(BaseLearner.J48);
        });
        robot.interact(() -> robot.lookup("#models-add").queryButton().fire());

        // A list typed into the leaf size, as a person types it.
        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        robot.interact(() -> setup.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<String> leaf = robot.lookup("#models-option-M").query();
        robot.clickOn(leaf.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("20, 400").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#models-list .list-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .filteredOn(t -> t != null).containsExactly("J48 (grid of 2)");
        assertThat(robot.lookup("#models-option-M").<Spinner<String>>query().getEditor().getText()).isEqualTo("20, 400");
        assertThat(tab.viewModel().status().get()).isEqualTo("Run trains the 2 models on the same folds.");
        Screenshots.save(robot, tab.getContent().getScene(), "models-tuning-list");

        robot.clickOn("#models-run");
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> tab.viewModel().shown().experiment() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().shown().experiment().results()).extracting(r -> r.model())
                .containsExactly("J48 [-M 20]", "J48 [-M 400]");

        TableView<Comparison.Row> table = robot.lookup("#comparison-table").queryTableView();
        TableColumn<Comparison.Row, ?> family = table.getColumns().get(0);
        assertThat(family.getText()).isEqualTo("Family");
        assertThat(family.getCellData(0)).isEqualTo("J48");
        List<String> familyCells = robot.lookup("#comparison-table .table-row-cell .table-cell").queryAllAs(Labeled.class)
                .stream().filter(c -> c.getStyleClass().contains("table-cell") && ((javafx.scene.control.TableCell<?, ?>) c).getTableColumn() == family)
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(familyCells).as("the family named once, on its first row").containsExactly("J48");
        List<String> starred = robot.lookup("#comparison-table .family-best").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        double m20 = table.getItems().get(0).cells().get(org.genreworkbench.model.Metric.ACCURACY).mean();
        double m400 = table.getItems().get(1).cells().get(org.genreworkbench.model.Metric.ACCURACY).mean();
        assertThat(starred).containsExactly((m20 >= m400 ? "J48 [-M 20]" : "J48 [-M 400]") + FamilyColumns.BEST_MARK);

        TabPane charts = robot.lookup("#models-charts").query();
        robot.clickOn("Tuning");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#models-chart-tuning").query();
        assertThat(viewer.isVisible()).isTrue();
        IntervalXYDataset data = (IntervalXYDataset) ((XYPlot) viewer.getChart().getPlot()).getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(1);
        assertThat(data.getItemCount(0)).isEqualTo(2);
        assertThat(data.getXValue(0, 0)).isEqualTo(20.0);
        assertThat(data.getYValue(0, 0)).isEqualTo(m20);
        assertThat(data.getEndYValue(0, 0)).isGreaterThan(m20); // an error bar over the folds
        assertThat(robot.lookup("#models-tuning-parameter").<ChoiceBox<?>>query().getValue())
                .hasToString(new org.genreworkbench.charts.TuningCurves.Parameter("J48",
                        org.genreworkbench.ml.OptionTuning.Part.BASE, "J48",
                        BaseLearner.J48.schema().get(1)).toString());
        assertThat(CutText.in((Parent) tab.getContent())).as("texts shown cut").isEmpty();
        Screenshots.save(robot, tab.getContent().getScene(), "models-chart-tuning");

        Path svg = dir.resolve("tuning.svg");
        dialogs.filesToSave.add(svg);
        Node tuningPane = charts.getSelectionModel().getSelectedItem().getContent();
        Button export = ((Parent) tuningPane).lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> b.getText().equals("SVG…")).findFirst().orElseThrow();
        robot.clickOn(export);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isRegularFile(svg) && Files.size(svg) > 0);
        assertThat(Files.readString(svg)).contains("<svg").contains("Rows per leaf");
    }
}
