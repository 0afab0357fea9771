package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.ScriptedDialogs;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The charts under the comparison in the real window at 1280×800 on the public tracks of spotify_songs.csv, from
 * one experiment of two models on 3 folds: scores per fold, the fold balance heat map and a feature ablation of the
 * model selected in the table, each drawn, and one exported as a picture through its button; and the per-label
 * charts: precision and recall of the models selected in the table, the chosen model's confusion counts on a chosen
 * fold, its PR curve of one label, and a chart exported as SVG.
 */
@ExtendWith(ApplicationExtension.class)
class ResultChartsScreenTest {
    private static Project project;
    private static Experiment experiment;

    @TempDir
    static Path configDir;
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;

    @BeforeAll
    static void publicTracksWithAnExperiment() throws Exception {
        PublicSongsExperiment songs = PublicSongsExperiment.of(new ModelSpec(null, "WEKA", "J48", "", "-M 50", "PCut1"),
                new ModelSpec(null, "WEKA", "NaiveBayes", "", "", "PCut1"));
        if (songs != null) {
            project = songs.project();
            experiment = songs.experiment();
        }
    }

    @Start
    void start(Stage stage) {
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(configDir), dialogs);
    }

    @Test
    void eachChartIsDrawnFromTheShownExperimentAndExports(FxRobot robot) throws Exception {
        ModelsTab tab = ModelsTabOnScreen.open(robot, window, project, experiment);
        TabPane charts = robot.lookup("#models-charts").query();
        assertThat(charts.getTabs()).extracting(t -> t.getText())
                .startsWith("F1 per label", "Per fold", "Fold balance", "Ablation", "Tuning");

        TableView<Comparison.Row> table = robot.lookup("#comparison-table").queryTableView();
        robot.clickOn("Per fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(charts.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        ChartViewer perFold = robot.lookup("#models-chart-per-fold").query();
        assertThat(((CategoryPlot) perFold.getChart().getPlot()).getDataset(0).getColumnKeys())
                .containsExactly("J48", "NaiveBayes");
        // the metric choice leaves its longest name room beside the arrow (it had sized itself to the first one)
        javafx.scene.control.ChoiceBox<?> metric = robot.lookup("#models-fold-metric").query();
        double longest = metric.getItems().stream().mapToDouble(m -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text(((org.genreworkbench.model.Metric) m).label());
            text.setFont(robot.lookup("#models-fold-metric .label").queryLabeled().getFont());
            return text.getLayoutBounds().getWidth();
        }).max().orElseThrow();
        assertThat(metric.getWidth()).as("metric choice width").isGreaterThanOrEqualTo(longest + 30);
        Screenshots.save(robot, tab.getContent().getScene(), "models-chart-per-fold");

        robot.clickOn("#models-fold-balance");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.viewModel().charts().foldBalanceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(charts.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        ChartViewer balance = robot.lookup("#models-chart-fold-balance").query();
        assertThat(balance.isVisible()).isTrue();
        assertThat(((XYPlot) balance.getChart().getPlot()).getDataset().getItemCount(0)).isEqualTo(6 * 4);
        Screenshots.save(robot, tab.getContent().getScene(), "models-chart-fold-balance");

        Path png = dir.resolve("balance.png");
        dialogs.filesToSave.add(png);
        robot.clickOn("PNG…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isRegularFile(png));
        BufferedImage exported = ImageIO.read(png.toFile());
        assertThat(exported.getWidth()).isEqualTo(1200);
        assertThat(exported.getHeight()).isEqualTo(800);

        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        dialogs.confirmAnswers.add(true);
        robot.clickOn("#models-ablation");
        WaitForAsyncUtils.waitFor(170, TimeUnit.SECONDS, () -> tab.viewModel().shown().ablation().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().shown().ablation().orElseThrow().model()).isEqualTo("NaiveBayes");
        assertThat(charts.getSelectionModel().getSelectedIndex()).isEqualTo(3);
        ChartViewer ablation = robot.lookup("#models-chart-ablation").query();
        assertThat(((CategoryPlot) ablation.getChart().getPlot()).getDataset().getColumnCount())
                .isEqualTo(experiment.results().isEmpty() ? 0 : 12);
        Screenshots.save(robot, tab.getContent().getScene(), "models-chart-ablation");
    }

    @Test
    void theChartsOfEachLabelAreDrawnFromTheRunsCountsAndExport(FxRobot robot) throws Exception {
        ModelsTab tab = ModelsTabOnScreen.open(robot, window, project, experiment);
        TabPane charts = robot.lookup("#models-charts").query();
        assertThat(charts.getTabs()).extracting(t -> t.getText())
                .endsWith("Precision/recall", "Confusion", "PR curve");

        // every tab's header is whole in the panel's width, none behind the overflow menu
        double headersEnd = charts.lookupAll(".tab").stream()
                .mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMaxX()).max().orElseThrow();
        assertThat(charts.lookupAll(".tab")).hasSize(8);
        assertThat(headersEnd).isLessThanOrEqualTo(charts.localToScene(charts.getBoundsInLocal()).getMaxX());
        // both models are selected in the table as it opens
        robot.clickOn("Per fold");
        robot.clickOn("Precision/recall");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer rates = robot.lookup("#models-chart-rates").query();
        assertThat(rates.isVisible()).isTrue();
        CategoryDataset drawn = ((CategoryPlot) rates.getChart().getPlot()).getDataset();
        assertThat(drawn.getRowKeys()).containsExactly("J48 precision", "J48 recall", "NaiveBayes precision",
                "NaiveBayes recall");
        assertThat(drawn.getColumnKeys()).isEqualTo(experiment.labels()).hasSize(6);
        Screenshots.save(robot, tab.getContent().getScene(), "models-chart-precision-recall");

        TableView<Comparison.Row> table = robot.lookup("#comparison-table").queryTableView();
        robot.clickOn("Confusion");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer confusion = robot.lookup("#models-chart-confusion").query();
        assertThat(confusion.isVisible()).isTrue();
        assertThat(confusion.getChart().getTitle().getText()).isEqualTo("Confusion counts of NaiveBayes, all 3 folds");

        ChoiceBox<?> fold = robot.lookup("#models-confusion-fold").query();
        robot.clickOn(fold).clickOn(robot.lookup(".context-menu .label").match(LabeledMatchers.hasText("Fold 3"))
                .queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(confusion.getChart().getTitle().getText()).isEqualTo("Confusion counts of NaiveBayes, fold 3");
        LabelCounts first = experiment.results().get(1).folds().get(2).labelCounts().get(0);
        String row = String.format(java.util.Locale.US, "%s (TN %,d)", experiment.labels().get(0), first.tn());
        CategoryDataset counts = ((CategoryPlot) confusion.getChart().getPlot()).getDataset();
        assertThat(counts.getValue("true positives", row).intValue()).isEqualTo(first.tp());
        assertThat(counts.getValue("false positives", row).intValue()).isEqualTo(first.fp());
        Screenshots.save(robot, tab.getContent().getScene(), "models-chart-confusion");

        robot.clickOn("PR curve");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer curve = robot.lookup("#models-chart-pr-curve").query();
        assertThat(curve.isVisible()).isTrue();
        assertThat(((XYPlot) curve.getChart().getPlot()).getDataset(0).getSeriesCount()).isEqualTo(6);
        ChoiceBox<?> label = robot.lookup("#models-pr-curve-label").query();
        // the label's name is also on the F1 chart's axis: pick it in the choice's menu
        robot.clickOn(label).clickOn(robot.lookup(".context-menu .label")
                .match(LabeledMatchers.hasText(experiment.labels().get(0))).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        XYPlot one = (XYPlot) curve.getChart().getPlot();
        assertThat(one.getDataset(0).getSeriesCount()).isEqualTo(1);
        assertThat(one.getDataset(0).getSeriesKey(0)).isEqualTo(experiment.labels().get(0));
        assertThat(curve.getChart().getTitle().getText()).contains("NaiveBayes, fold 3");
        Screenshots.save(robot, tab.getContent().getScene(), "models-chart-pr-curve");

        Path svg = dir.resolve("curve.svg");
        dialogs.filesToSave.add(svg);
        robot.clickOn("SVG…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isRegularFile(svg));
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("NaiveBayes, fold 3");

        // a double click on a model's row still brings its scores per fold, though their tab was the last one shown
        robot.doubleClickOn(robot.lookup("#comparison-table .table-cell").match(LabeledMatchers.hasText("J48"))
                .queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(charts.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }
}
