package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javafx.scene.control.TabPane;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Puts a project in the real window, brings the Models tab forward and shows an experiment: where screen tests
 * start, with the window checked to be 1280×800.
 */
final class ModelsTabOnScreen {
    private ModelsTabOnScreen() {
    }

    /**
     * {@code project} is null where the public tracks are absent: the test is then skipped. {@code experiment} may
     * be null: the tab then shows the project with nothing run yet.
     */
    static ModelsTab open(FxRobot robot, MainWindow window, Project project, Experiment experiment) {
        assumeTrue(project != null, "needs ../shared/data/spotify-tracks/spotify_songs.csv");
        TabPane tabs = robot.lookup(".tab-pane").query();
        ModelsTab tab = (ModelsTab) tabs.getTabs().stream().filter(t -> t instanceof ModelsTab).findFirst().orElseThrow();
        robot.interact(() -> {
            window.commands().context().session().replace(project, null);
            tabs.getSelectionModel().select(tab);
            if (experiment != null) {
                tab.viewModel().show(experiment);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // what a person sees: the window at the size the README's launch opens it
        assertThat(tab.getContent().getScene().getWidth()).isEqualTo(1280);
        assertThat(tab.getContent().getScene().getHeight()).isEqualTo(800);
        return tab;
    }
}
