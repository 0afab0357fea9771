package org.genreworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.explore.TagStatistics;
import org.genreworkbench.export.ChartFiles;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.ui.CutText;
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

/** The real tab, headless at 1280×800: switch features, group, click the heatmap, export a chart. */
@ExtendWith(ApplicationExtension.class)
class ExploreTabTest {
    @TempDir
    static Path settings;
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private ExploreTab tab;
    private TabPane views;

    @Start
    void start(Stage stage) {
        Project project = SampleGenerator.generate(new SampleSpec(4, 3_000, 900, 200));
        WorkbenchContext context = TestWorkbench.context(project, executor, dialogs, settings);
        tab = new ExploreTab(context);
        stage.setScene(TestWorkbench.styled(new Scene(new TabPane(tab), 1280, 800)));
        stage.show();
        views = (TabPane) tab.getContent();
    }

    @BeforeEach
    void waitForStatistics() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.viewModel().dataProperty().get() != null);
        counted();
    }

    private HistogramViewModel histogram() {
        return tab.viewModel().histogram();
    }

    /** Waits until the histogram's bars and curves are counted in the background and drawn. */
    private void counted() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> histogram().shownProperty().get() != null
                && !histogram().countingProperty().get());
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
                .match(n -> "tempo".equals(((javafx.scene.control.Labeled) n).getText())).queryAs(Node.class));
        counted();

        assertThat(viewer.getChart().getTitle().getText()).isEqualTo("tempo").isNotEqualTo(before);
        assertThat(((XYPlot) viewer.getChart().getPlot()).getDataset().getXValue(0, 0)).isNotEqualTo(firstBinBefore);
        Screenshots.save(robot, viewer.getScene(), "explore-histogram");
    }

    @Test
    void theHistogramControlsShowTheirWholeTextAndStayPutAsTheBinsChange(FxRobot robot) throws Exception {
        robot.interact(() -> views.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Node grouping = robot.lookup("#explore-grouping").query();
        robot.interact(() -> histogram().chooseBins(5));
        counted();
        double x = grouping.localToScene(0, 0).getX();
        robot.interact(() -> histogram().chooseBins(200));
        counted();

        assertThat(robot.lookup("#explore-bin-count").queryLabeled().getText()).isEqualTo("200 bins");
        assertThat(grouping.localToScene(0, 0).getX()).isEqualTo(x);
        assertThat(CutText.in(tab.getTabPane())).isEmpty();
    }

    @Test
    void theSummaryShowsWholeFeatureNamesAndOneNumberStyle(FxRobot robot) throws Exception {
        TableView<?> summary = robot.lookup("#explore-summary").queryTableView();
        assertThat(summary.getItems()).hasSizeGreaterThan(10);
        assertThat(CutText.in(tab.getTabPane())).isEmpty();
        String categories = robot.lookup("#explore-categories").<javafx.scene.control.TextArea>query().getText();
        assertThat(categories).contains("key: C ", "C♯/D♭", "mode: minor");
        Screenshots.save(robot, summary.getScene(), "explore-summary");
    }

    @Test
    void groupedHistogramsDrawADensityCurvePerGroup(FxRobot robot) throws Exception {
        robot.interact(() -> {
            views.getSelectionModel().select(1);
            histogram().groupingProperty().set(Grouping.Kind.PLAYLIST_GENRE);
        });
        counted();
        XYPlot plot = (XYPlot) robot.lookup("#explore-histogram").<ChartViewer>query().getChart().getPlot();
        int groups = histogram().groups().size();
        assertThat(groups).isGreaterThan(1);
        assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(groups);
        assertThat(plot.getDataset(1).getSeriesCount()).isEqualTo(groups);

        robot.interact(() -> histogram().densityProperty().set(false));
        counted();
        plot = (XYPlot) robot.lookup("#explore-histogram").<ChartViewer>query().getChart().getPlot();
        assertThat(plot.getDataset(1)).isNull();
    }

    @Test
    void aGroupingWithMoreGroupsThanTheChartDrawsSaysWhichAreDrawn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            views.getSelectionModel().select(1);
            histogram().groupingProperty().set(Grouping.Kind.TOP_TAGS);
        });
        counted();
        javafx.scene.control.Label note = robot.lookup("#explore-groups-note").query();
        assertThat(note.getText()).matches("The 6 largest of [0-9,]+ genre tags");
        assertThat(note.isVisible()).isTrue();
        javafx.geometry.Bounds shown = note.localToScene(note.getLayoutBounds());
        assertThat(shown.getWidth()).isGreaterThan(new javafx.scene.text.Text(note.getText()).getLayoutBounds().getWidth() * 0.9);
        assertThat(shown.getMaxX()).isLessThan(1280);

        robot.interact(() -> histogram().groupingProperty().set(Grouping.Kind.NONE));
        counted();
        assertThat(note.getText()).isEmpty();
    }

    @Test
    void smallMultiplesCarryALegendOfTheGroups(FxRobot robot) throws Exception {
        robot.interact(() -> {
            views.getSelectionModel().select(1);
            histogram().groupingProperty().set(Grouping.Kind.PLAYLIST_GENRE);
            histogram().allFeaturesProperty().set(true);
        });
        counted();
        var legend = robot.lookup("#explore-legend").<javafx.scene.layout.Pane>query();
        assertThat(legend.isVisible()).isTrue();
        assertThat(legend.getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactlyElementsOf(histogram().groups().keySet());
        assertThat(CutText.in(tab.getTabPane())).isEmpty();
        Screenshots.save(robot, legend.getScene(), "explore-multiples-grouped");

        robot.interact(() -> histogram().groupingProperty().set(Grouping.Kind.NONE));
        counted();
        assertThat(legend.isVisible()).isFalse();
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tab.viewModel().scatterProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tab.viewModel().scatterPairProperty().get()).containsExactly(x, y);
        ScatterView scatter = robot.lookup("#scatter").query();
        assertThat(scatter.title()).isEqualTo(y + " against " + x);
        assertThat(scatter.whyEmpty()).isNull();
        Screenshots.save(robot, heatmap.getScene(), "explore-correlations");
    }

    @Test
    void anExportedPngIsAnImageOfTheExpectedSize(FxRobot robot) throws Exception {
        robot.interact(() -> views.getSelectionModel().select(1));
        Path file = dir.resolve("histogram.png");
        dialogs.filesToSave.add(file);
        robot.clickOn("PNG…");
        // Done when the export task has left the executor's list: the file is then complete.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && executor.running().isEmpty());
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartFiles.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartFiles.HEIGHT);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theTagFilterKeepsOnlyMatchingTags(FxRobot robot) {
        robot.interact(() -> views.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<TagStatistics.TagCount> table = robot.lookup("#explore-tag-table").queryTableView();
        int all = table.getItems().size();
        robot.clickOn("#explore-tag-filter").write("rock");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(t -> assertThat(t.tag()).contains("rock"));
    }
}
