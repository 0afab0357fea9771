package org.genreworkbench.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.testfx.robot.Motion;
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
        stage.setScene(TestWorkbench.styled(new Scene(new TabPane(tab), 1280, 800)));
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
                .isEqualTo(Integer.toString(countAfter));
        // the K field says the count on show, as the dendrogram does, not the last K typed
        assertThat(robot.lookup("#labels-k").<javafx.scene.control.Spinner<Integer>>query().getValue()).isEqualTo(countAfter);
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
        assertThat(project.tracks().values().stream().filter(t -> !scheme.labelsOf(t, project).isEmpty()).count())
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
        int before = tab.viewModel().clustersProperty().get().count();
        // Onto the line first, then press: a press beside the line would pan instead of dragging it.
        Point2D onLine = view.localToScreen(view.getWidth() / 2, view.cutLineY());
        // The pointer sits on whole pixels.
        Point2D start = new Point2D(Math.round(onLine.getX()), Math.round(onLine.getY()));
        robot.moveTo(start);
        robot.press(MouseButton.PRIMARY);
        double worst = 0;
        for (int step = 0; step < 10; step++) {
            robot.moveBy(0, 8, Motion.DIRECT);
            WaitForAsyncUtils.waitForFxEvents();
            worst = Math.max(worst, view.lastFrameMillis());
        }
        // The last stretch in one fast move, let go at once.
        robot.moveBy(0, 45, Motion.DIRECT);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D pointer = view.screenToLocal(start.getX(), start.getY() + 10 * 8 + 45);
        org.genreworkbench.ui.Screenshots.save(robot, view.getScene(), "labels-tab-3000");
        assertThat(tab.viewModel().cutHeightProperty().get()).isCloseTo(view.heightAt(pointer.getY()), within(1e-6));
        assertThat(view.cutLineY()).isCloseTo(pointer.getY(), within(1e-3));
        assertThat(tab.viewModel().clustersProperty().get().count()).isGreaterThan(before);
        System.out.printf("dendrogram drag on 3,000 leaves: worst redraw %.2f ms over 10 moves%n", worst);
    }

    @Test
    void whereTheDragIsLetGoIsWhereTheCutStaysAndNoNoteCoversTheTree(FxRobot robot) throws Exception {
        robot.clickOn("#labels-build");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.viewModel().clustersProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        DendrogramView view = robot.lookup("#dendrogram").query();
        double x = view.getWidth() / 2;
        double line = view.cutLineY();
        // Over a branch first, so its note shows.
        double[] branch = view.branchPoint();
        fire(robot, view, MouseEvent.MOUSE_MOVED, branch[0], branch[1]);
        assertThat(view.hoverShowing()).isTrue();
        // A quick drag: the system reports one move on the way, then the release further on.
        fire(robot, view, MouseEvent.MOUSE_PRESSED, x, line);
        fire(robot, view, MouseEvent.MOUSE_DRAGGED, x, line + 20);
        assertThat(view.hoverShowing()).isFalse();
        fire(robot, view, MouseEvent.MOUSE_RELEASED, x, line + 70);
        assertThat(tab.viewModel().cutHeightProperty().get()).isCloseTo(view.heightAt(line + 70), within(1e-6));
        assertThat(view.cutLineY()).isCloseTo(line + 70, within(1e-3));
    }

    private static void fire(FxRobot robot, DendrogramView view, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Point2D screen = view.localToScreen(x, y);
        Point2D scene = view.localToScene(x, y);
        boolean down = type == MouseEvent.MOUSE_PRESSED || type == MouseEvent.MOUSE_DRAGGED;
        MouseEvent event = new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                type == MouseEvent.MOUSE_MOVED ? MouseButton.NONE : MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, true, false, true, null);
        robot.interact(() -> javafx.event.Event.fireEvent(view, event));
    }

    @Test
    void tagsAreMovedAndExcludedFromTheSelectedCluster(FxRobot robot) throws Exception {
        robot.clickOn("#labels-build");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.viewModel().clustersProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<ClusterRow> clusters = robot.lookup("#labels-clusters").queryTableView();
        robot.interact(() -> clusters.getSelectionModel().clearAndSelect(0));
        javafx.scene.control.ListView<String> tags = robot.lookup("#labels-cluster-tags").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        // the opened tags pane has room for several tags at 1280x800, its buttons in the window
        assertThat(tags.getHeight()).isGreaterThanOrEqualTo(100);
        javafx.scene.Node move = robot.lookup("#labels-move-tag").query();
        assertThat(move.localToScene(move.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(move.getScene().getHeight());
        org.genreworkbench.ui.Screenshots.save(robot, move.getScene(), "labels-tags-of-a-cluster");
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

    @Test
    void clickingABranchSplitsItsClusterAndAPickedSuggestionMovesTheBalancePanel(FxRobot robot) throws Exception {
        robot.clickOn("#labels-build");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.viewModel().clustersProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        DendrogramView view = robot.lookup("#dendrogram").query();
        var d = tab.viewModel().treeProperty().get().dendrogram();
        int[] ofNode = org.genreworkbench.labels.BranchCuts.clusterOfNode(d, tab.viewModel().clustersProperty().get().clusterOfTag());
        int merge = -1;
        for (int m = d.mergeCount() - 1; m >= 0 && merge < 0; m--) {
            double[] p = view.mergePoint(m);
            if (ofNode[d.leafCount() + m] >= 0 && Math.abs(p[1] - view.cutLineY()) > 10 && p[0] > 70) {
                merge = m;
            }
        }
        int before = tab.viewModel().clustersProperty().get().count();
        double[] at = view.mergePoint(merge);
        robot.clickOn(view.localToScreen(at[0], at[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().clustersProperty().get().count()).isEqualTo(before + 1);
        assertThat(robot.lookup("#balance-clusters").queryLabeled().getText()).isEqualTo(Integer.toString(before + 1));
        assertThat(tab.viewModel().edits()).extracting(e -> e.kind())
                .containsExactly(org.genreworkbench.model.LabelEdit.Kind.SPLIT_BRANCH);

        robot.clickOn("#labels-suggest");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !tab.viewModel().suggestions().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var best = tab.viewModel().suggestions().get(0);
        org.genreworkbench.ui.Screenshots.save(robot, view.getScene(), "labels-suggestions");
        // a card's figures say they count the tagged tracks (the balance panel counts all), whole, and how many
        javafx.scene.control.Label figures = robot.lookup("#labels-suggestions .label")
                .match(n -> ((javafx.scene.control.Label) n).getText().contains("labels per tagged track")).query();
        assertThat(((javafx.scene.text.Text) figures.lookup(".text")).getText()).isEqualTo(figures.getText());
        assertThat(figures.getTooltip().getText()).startsWith(String.format(java.util.Locale.US, "Over the %,d tracks with kept genre tags, of %,d",
                best.balance().taggedTracks(), best.balance().tracks()));
        // and it is the tooltip a user gets over them, not the card's
        robot.moveTo(figures);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> figures.getTooltip().isShowing());
        robot.moveTo("#labels-suggest");
        robot.clickOn("#labels-use-suggestion-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#balance-clusters").queryLabeled().getText()).isEqualTo(Integer.toString(best.balance().clusters()));
        assertThat(robot.lookup("#balance-largest").queryLabeled().getText())
                .isEqualTo(String.format(java.util.Locale.US, "%.0f %%", best.balance().largestShare() * 100));
        assertThat(tab.viewModel().edits()).isEqualTo(best.edits());

        // a dynamic cut used shows its settings in the dynamic cut's own controls, to adjust from there
        int dynamic = 0;
        while (!(tab.viewModel().suggestions().get(dynamic).cut() instanceof org.genreworkbench.model.TreeCut.Dynamic)) {
            dynamic++;
        }
        var cut = (org.genreworkbench.model.TreeCut.Dynamic) tab.viewModel().suggestions().get(dynamic).cut();
        robot.clickOn("#labels-use-suggestion-" + (dynamic + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#labels-dynamic-method").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
                .isEqualTo(cut.method());
        assertThat(robot.lookup("#labels-dynamic-min-size").queryAs(javafx.scene.control.Spinner.class).getValue())
                .isEqualTo(cut.minClusterSize());
        assertThat(robot.lookup("#labels-dynamic-deep-split").queryAs(javafx.scene.control.Spinner.class).getValue())
                .isEqualTo(cut.deepSplit());
        // a dynamic cut has no height: the height field is empty, saying "dynamic", not the last height cut's
        javafx.scene.control.TextField height = robot.lookup("#labels-cut-height").queryAs(javafx.scene.control.TextField.class);
        assertThat(height.getText()).isEmpty();
        assertThat(height.getPromptText()).isEqualTo("dynamic");
        // and a height typed there makes a height cut again
        String typed = String.format(java.util.Locale.US, "%.4f", tab.viewModel().cutHeightProperty().get() * 0.9);
        robot.clickOn(height).write(typed).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().baseCutProperty().get())
                .isEqualTo(new org.genreworkbench.model.TreeCut.AtHeight(Double.parseDouble(typed)));
        assertThat(height.getText()).isEqualTo(typed);
    }
}
