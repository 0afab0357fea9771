package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The charts under the comparison in the real window at 1280×800 on the public tracks of spotify_songs.csv: scores
 * per fold, the fold balance heat map and a feature ablation of the model selected in the table, each drawn, and
 * one exported as a picture through its button.
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
        assumeTrue(project != null, "needs ../shared/data/spotify-tracks/spotify_songs.csv");
        ModelsTab tab = ModelsTabOnScreen.open(robot, window, project, experiment);
        assertThat(tab.getContent().getScene().getWidth()).isEqualTo(1280);
        assertThat(tab.getContent().getScene().getHeight()).isEqualTo(800);
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
}
