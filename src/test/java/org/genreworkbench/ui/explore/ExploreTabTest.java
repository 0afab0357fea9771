package org.genreworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.ui.FxTaskExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real tab, headless: switch features, click the heatmap, export a chart. */
@ExtendWith(ApplicationExtension.class)
class ExploreTabTest {
    @TempDir
    static Path settings;
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ExploreTab tab;
    private TabPane views;

    @Start
    void start(Stage stage) {
        Project project = SampleGenerator.generate(new SampleSpec(4, 3_000, 900, 200));
        WorkbenchContext context = TestWorkbench.context(project, new FxTaskExecutor(), dialogs, settings);
        tab = new ExploreTab(context);
        stage.setScene(new Scene(new TabPane(tab), 1280, 800));
        stage.show();
        views = (TabPane) tab.getContent();
    }

    @BeforeEach
    void waitForStatistics() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.viewModel().dataProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void choosingAnotherFeatureChangesTheHistogram(FxRobot robot) throws Exception {
        robot.interact(() -> views.getSelectionModel().select(1));
        ChartViewer viewer = robot.lookup("#explore-histogram").query();
        String before = viewer.getChart().getTitle().getText();
        double firstBinBefore = ((XYPlot) viewer.getChart().getPlot()).getDataset().getXValue(0, 0);

        robot.clickOn("#explore-feature");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(n -> "tempo".equals(((javafx.scene.control.Labeled) n).getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewer.getChart().getTitle().getText()).isEqualTo("tempo").isNotEqualTo(before);
        assertThat(((XYPlot) viewer.getChart().getPlot()).getDataset().getXValue(0, 0)).isNotEqualTo(firstBinBefore);
        Screenshots.save(robot, viewer.getScene(), "explore-histogram");
    }

    @Test
    void clickingAHeatmapCellOpensItsScatterPlot(FxRobot robot) throws Exception {
        robot.interact(() -> views.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        HeatmapView heatmap = robot.lookup("#heatmap").query();
        Point2D cell = heatmap.localToScreen(heatmap.cellCentre(0, 1));
        String x = heatmap.featureAt(1);
        String y = heatmap.featureAt(0);

        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tab.viewModel().scatterPairProperty().get()).containsExactly(x, y);
        ScatterView scatter = robot.lookup("#scatter").query();
        assertThat(scatter.title()).isEqualTo(y + " against " + x);
        Screenshots.save(robot, heatmap.getScene(), "explore-correlations");
    }

    @Test
    void anExportedPngIsAnImageOfTheExpectedSize(FxRobot robot) throws Exception {
        robot.interact(() -> views.getSelectionModel().select(1));
        Path file = dir.resolve("histogram.png");
        dialogs.filesToSave.add(file);
        robot.clickOn("PNG…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && Files.size(file) > 0);
        Thread.sleep(200);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartExport.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartExport.HEIGHT);
        assertThat(Files.size(file)).isGreaterThan(5_000);
    }

    @Test
    void theSummaryAndTagViewsFill(FxRobot robot) {
        assertThat(robot.lookup("#explore-summary").queryTableView().getItems()).hasSizeGreaterThan(10);
        robot.interact(() -> views.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#explore-tag-filter").write("rock");
        WaitForAsyncUtils.waitForFxEvents();
        var table = robot.lookup(".table-view").match(n -> n.isVisible() && n != robot.lookup("#explore-summary").query())
                .queryTableView();
        assertThat(table.getItems()).isNotEmpty();
    }
}
