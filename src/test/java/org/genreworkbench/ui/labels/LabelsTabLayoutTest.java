package org.genreworkbench.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.genreworkbench.labels.PublicTracks;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.ui.FxTaskExecutor;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Labels tab in the whole window at 1280×800 on the public tracks: every text readable, the table roomy. */
@ExtendWith(ApplicationExtension.class)
class LabelsTabLayoutTest {
    @TempDir
    static Path settings;
    private WorkbenchContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FxTaskExecutor executor = new FxTaskExecutor();
        context = TestWorkbench.context(new org.genreworkbench.model.Project(), executor, new ScriptedDialogs(), settings);
        window = new MainWindow(context, executor, () -> { });
        // As the app shows it: the Primer theme and the app's style sheet, whose sizes decide what fits.
        stage.setScene(TestWorkbench.styled(new Scene(window, 1280, 800)));
        stage.show();
    }

    @AfterEach
    void backToTheDefaultTheme() {
        Application.setUserAgentStylesheet(null);
    }

    @Test
    void everyTextShowsInFullAndTheTableShowsTenRowsAt1280x800(FxRobot robot) throws Exception {
        var project = PublicTracks.load();
        TabPane tabs = robot.lookup("#main-tabs").query();
        LabelsTab tab = (LabelsTab) tabs.getTabs().stream().filter(t -> t.getText().equals("Labels")).findFirst().orElseThrow();
        robot.interact(() -> {
            context.session().replace(project, null);
            tabs.getSelectionModel().select(tab);
            tab.viewModel().linkageProperty().set(Linkage.WARD);
        });
        robot.clickOn("#labels-build");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tab.viewModel().clustersProperty().get() != null
                && !tab.viewModel().busyProperty().get());
        robot.interact(() -> tab.viewModel().cutIntoClusters(14));
        robot.interact(() -> tab.viewModel().cutHeightProperty().set(tab.viewModel().cutHeightProperty().get() - 0.0009));
        robot.clickOn("#labels-apply");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#labels-suggest");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !tab.viewModel().suggestions().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#labels-use-suggestion-1");
        long start = System.nanoTime();
        robot.clickOn("#labels-predictability");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !tab.viewModel().estimatingProperty().get());
        assertThat(tab.viewModel().labelF1Property().get()).as(tab.viewModel().statusProperty().get()).isNotEmpty();
        System.out.printf("predictability on the public tracks: %.1f s (%s)%n", (System.nanoTime() - start) / 1e9,
                tab.viewModel().statusProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, window.getScene(), "labels-1280x800-public");

        assertThat(tab.viewModel().statusProperty().get()).contains("F1 of each label");
        assertThat(ShownText.cutTexts(window)).isEmpty();
        ChoiceBox<Linkage> linkage = robot.lookup("#labels-linkage").query();
        assertThat(robot.from(linkage).lookup(".label").queryLabeled().getText()).isEqualTo("Ward");
        var viewport = robot.lookup("#labels-clusters").lookup(".clipped-container").query();
        var shownArea = viewport.localToScene(viewport.getBoundsInLocal());
        long rowsShown = robot.lookup("#labels-clusters").lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && r.getItem() != null)
                .map(r -> r.localToScene(r.getBoundsInLocal()))
                .filter(b -> b.getMinY() >= shownArea.getMinY() - 0.5 && b.getMaxY() <= shownArea.getMaxY() + 0.5).count();
        assertThat(tab.viewModel().clustersProperty().get().count()).isGreaterThanOrEqualTo(10);
        assertThat(rowsShown).isGreaterThanOrEqualTo(10);
    }
}
