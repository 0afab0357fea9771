package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Models tab as a person gets it: the real window at 1280×800 with the app's theme, on the 28,356 public
 * tracks of spotify_songs.csv with a 3-fold comparison of two models. Nothing may be cut.
 */
@ExtendWith(ApplicationExtension.class)
class ModelsScreenTest {
    private static Project project;
    private static Experiment experiment;

    @TempDir
    static Path configDir;
    private MainWindow window;

    @BeforeAll
    static void publicTracksWithAnExperiment() throws Exception {
        PublicSongsExperiment songs = PublicSongsExperiment.of(new ModelSpec(null, "WEKA", "NaiveBayes", "", "", "PCut1"),
                new ModelSpec(null, "WEKA", "Logistic", "", "", "PCut1"));
        if (songs != null) {
            project = songs.project();
            experiment = songs.experiment();
        }
    }

    @Start
    void start(Stage stage) {
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(configDir), new ScriptedDialogs());
    }

    private ModelsTab openModelsTab(FxRobot robot) {
        ModelsTab tab = ModelsTabOnScreen.open(robot, window, project, experiment);
        return tab;
    }

    @Test
    void everyTextOfTheComparisonAndTheSetupShowsWhole(FxRobot robot) throws Exception {
        ModelsTab tab = openModelsTab(robot);
        assertThat(tab.getContent().getScene().getWidth()).isEqualTo(1280);
        TableView<Comparison.Row> table = robot.lookup("#comparison-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);

        List<String> cut = new ArrayList<>();
        for (TableColumn<Comparison.Row, ?> column : table.getColumns()) {
            robot.interact(() -> table.scrollToColumn(column));
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(cutTexts((Parent) tab.getContent()));
        }
        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        robot.interact(() -> setup.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(cutTexts((Parent) tab.getContent()));

        assertThat(cut).as("texts shown cut").isEmpty();
        // Every metric column shows "mean ± sd", with the mark where a model beats or trails the baseline.
        assertThat(table.getColumns()).hasSize(Comparison.metrics(experiment).size() + 2);
        assertThat(robot.lookup(".table-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anyMatch(t -> t != null && t.matches("\\d+\\.\\d{4} ± \\d+\\.\\d{4} [▲▼]"));
        Screenshots.save(robot, tab.getContent().getScene(), "models-comparison-public-tracks");
    }

    @Test
    void theLeftPanelNeverScrollsSidewaysAndTheChartHasRoomAtOnce(FxRobot robot) {
        openModelsTab(robot);
        Node plot = robot.lookup("#per-label-chart .chart-plot-background").query();
        assertThat(plot.getLayoutBounds().getHeight()).as("height of the chart's plot").isGreaterThan(150);

        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        double contentWidth = setup.getContent().getLayoutBounds().getWidth();
        assertThat(contentWidth).as("width of the set-up panel's content").isLessThanOrEqualTo(
                setup.getViewportBounds().getWidth() + 0.5);
        // All six playlist genres have their bars in the plot, named on the axis. The axis names its categories
        // once it is laid out at its size: a first pass on a busy machine may still show only some of them.
        List<String> genres = List.of("edm", "latin", "pop", "r&b", "rap", "rock");
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> axisTexts(robot).containsAll(genres));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what the axis shows
        }
        assertThat(axisTexts(robot)).containsAll(genres);
    }

    private static List<String> axisTexts(FxRobot robot) {
        return robot.lookup("#per-label-chart .axis Text").queryAllAs(Text.class).stream().map(Text::getText).toList();
    }

    @Test
    void theFoldCountCanBeTyped(FxRobot robot) {
        ModelsTab tab = openModelsTab(robot);
        Spinner<Integer> folds = robot.lookup("#models-folds").query();
        robot.clickOn(folds.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("7").push(KeyCode.TAB);
        assertThat(tab.viewModel().dataset().foldsProperty().get()).isEqualTo(7);

        robot.clickOn(folds.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("12").push(KeyCode.ENTER);
        assertThat(tab.viewModel().dataset().foldsProperty().get()).isEqualTo(12);

        // Out of range is brought into it; what is no number puts back the last value.
        robot.clickOn(folds.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("99").push(KeyCode.TAB);
        assertThat(tab.viewModel().dataset().foldsProperty().get()).isEqualTo(20);
        robot.clickOn(folds.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("ten").push(KeyCode.TAB);
        assertThat(tab.viewModel().dataset().foldsProperty().get()).isEqualTo(20);
        assertThat(folds.getEditor().getText()).isEqualTo("20");
    }

    /** The texts under {@code root} that show differently from what they hold: cut with an ellipsis. */
    private static List<String> cutTexts(Parent root) {
        List<String> cut = new ArrayList<>();
        List<Labeled> labeled = new ArrayList<>();
        collect(root, labeled);
        assertThat(labeled).as("labelled controls looked at").hasSizeGreaterThan(20);
        for (Labeled l : labeled) {
            if (l.getText() == null || l.getText().isEmpty() || !shown(l)) {
                continue;
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text text && !text.getText().equals(l.getText())) {
                    Bounds b = l.localToScene(l.getLayoutBounds());
                    cut.add("'" + text.getText() + "' for '" + l.getText() + "' at " + Math.round(b.getMinX())
                            + "," + Math.round(b.getMinY()));
                }
            }
        }
        return cut;
    }

    private static void collect(Node node, List<Labeled> into) {
        if (node instanceof Labeled l) {
            into.add(l);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
