package org.genreworkbench.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.ui.FxTaskExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real tab, headless: build the tree, drag the cut line with the mouse, apply the labels. */
@ExtendWith(ApplicationExtension.class)
class LabelsTabTest {
    @TempDir
    static Path settings;
    private WorkbenchContext context;
    private LabelsTab tab;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        Project project = SampleGenerator.generate(SampleSpec.bundled());
        context = TestWorkbench.context(project, new FxTaskExecutor(), dialogs, settings);
        tab = new LabelsTab(context);
        stage.setScene(new Scene(new TabPane(tab), 1280, 800));
        stage.show();
    }

    @Test
    void draggingTheCutLineChangesTheClustersAndTheBalanceAndApplyLabelsTracks(FxRobot robot) throws Exception {
        robot.clickOn("#labels-build");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.viewModel().clustersProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String clustersBefore = robot.lookup("#balance-clusters").queryLabeled().getText();
        String cardinalityBefore = robot.lookup("#balance-cardinality").queryLabeled().getText();
        int countBefore = tab.viewModel().clustersProperty().get().count();

        DendrogramView view = robot.lookup("#dendrogram").query();
        Point2D line = view.localToScreen(view.getWidth() / 2, view.cutLineY());
        robot.drag(line, MouseButton.PRIMARY).moveBy(0, 60).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        int countAfter = tab.viewModel().clustersProperty().get().count();
        assertThat(countAfter).isGreaterThan(countBefore);
        assertThat(robot.lookup("#balance-clusters").queryLabeled().getText()).isNotEqualTo(clustersBefore)
                .startsWith(countAfter + " ");
        assertThat(robot.lookup("#balance-cardinality").queryLabeled().getText()).isNotEqualTo(cardinalityBefore);
        org.genreworkbench.ui.Screenshots.save(robot, view.getScene(), "labels-tab");
        System.out.printf("dendrogram redraw on %d leaves: %.2f ms%n",
                tab.viewModel().treeProperty().get().dendrogram().leafCount(), view.lastFrameMillis());

        javafx.scene.control.TextField name = robot.lookup("#labels-scheme-name").query();
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("dragged");
        robot.clickOn("#labels-apply");
        WaitForAsyncUtils.waitForFxEvents();
        Project project = context.session().project();
        assertThat(project.activeLabelScheme()).isEqualTo("dragged");
        var scheme = project.labelSchemes().get(0);
        assertThat(scheme.labels()).hasSize(countAfter);
        assertThat(project.tracks().values().stream().filter(t -> !scheme.labelsOf(t, project.artists()).isEmpty()).count())
                .isGreaterThan(project.tracks().size() / 2);
    }

    @Test
    void aTreeOfThreeThousandTagsFollowsTheDragFrameByFrame(FxRobot robot) throws Exception {
        java.util.List<org.genreworkbench.model.Artist> artists = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int a = 0; a < 20_000; a++) {
            java.util.List<String> tags = new java.util.ArrayList<>();
            tags.add("tag " + (a < 3000 ? a : random.nextInt(3000)));
            int family = random.nextInt(60) * 50;
            for (int k = random.nextInt(5); k > 0; k--) {
                tags.add("tag " + (family + random.nextInt(50)));
            }
            artists.add(new org.genreworkbench.model.Artist("a" + a, null, tags.stream().distinct().toList(), null, null,
                    null, null));
        }
        Project big = new Project();
        big.putArtists(artists);
        robot.interact(() -> {
            context.session().replace(big, null);
            tab.viewModel().minSupportProperty().set(1);
        });
        robot.clickOn("#labels-build");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tab.viewModel().clustersProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().treeProperty().get().dendrogram().leafCount()).isEqualTo(3000);

        DendrogramView view = robot.lookup("#dendrogram").query();
        double worst = 0;
        int before = tab.viewModel().clustersProperty().get().count();
        Point2D line = view.localToScreen(view.getWidth() / 2, view.cutLineY());
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(line);
        for (int step = 0; step < 10; step++) {
            robot.moveBy(0, 8);
            WaitForAsyncUtils.waitForFxEvents();
            worst = Math.max(worst, view.lastFrameMillis());
        }
        robot.release(MouseButton.PRIMARY);
        org.genreworkbench.ui.Screenshots.save(robot, view.getScene(), "labels-tab-3000");
        assertThat(tab.viewModel().clustersProperty().get().count()).isGreaterThanOrEqualTo(before);
        System.out.printf("dendrogram drag on 3,000 leaves: worst redraw %.2f ms over 10 moves%n", worst);
    }

    @Test
    void tagsAreMovedAndExcludedFromTheSelectedCluster(FxRobot robot) throws Exception {
        robot.clickOn("#labels-build");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.viewModel().clustersProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<ClusterRow> clusters = robot.lookup("#labels-clusters").queryTableView();
        robot.interact(() -> clusters.getSelectionModel().clearAndSelect(0));
        javafx.scene.control.ListView<String> tags = robot.lookup("#labels-cluster-tags").queryListView();
        String first = tags.getItems().get(0);
        String target = tab.viewModel().clustersProperty().get().names().get(1);
        String targetsTopTag = tab.viewModel().clustersProperty().get().tagsOf(1).get(0);

        robot.interact(() -> tags.getSelectionModel().clearAndSelect(0));
        // The side panel scrolls; bring the tag buttons into view as a user would.
        robot.interact(() -> robot.lookup(".scroll-pane").queryAll().forEach(n ->
                ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.choices.add(target);
        robot.clickOn("#labels-move-tag");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().edits()).hasSize(1);
        var after = tab.viewModel().clustersProperty().get();
        // Names follow contents, so the moved tag is checked by the company it keeps.
        assertThat(after.tagToLabel().get(first)).isEqualTo(after.tagToLabel().get(targetsTopTag));

        robot.interact(() -> clusters.getSelectionModel().clearAndSelect(0));
        robot.interact(() -> tags.getSelectionModel().clearAndSelect(0));
        String excluded = tags.getItems().get(0);
        robot.clickOn("#labels-exclude-tag");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().clustersProperty().get().tagToLabel()).doesNotContainKey(excluded);
        assertThat(tab.viewModel().edits()).hasSize(2);
    }

    @Test
    void keyboardAndTheClusterCountFieldMoveTheCutToo(FxRobot robot) throws Exception {
        robot.clickOn("#labels-build");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.viewModel().clustersProperty().get() != null);
        robot.doubleClickOn("#labels-k").eraseText(3).write("4").clickOn("#labels-cut-k");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().clustersProperty().get().count()).isEqualTo(4);

        double before = tab.viewModel().cutHeightProperty().get();
        robot.clickOn("#dendrogram").type(javafx.scene.input.KeyCode.DOWN);
        assertThat(tab.viewModel().cutHeightProperty().get()).isLessThan(before);
    }
}
