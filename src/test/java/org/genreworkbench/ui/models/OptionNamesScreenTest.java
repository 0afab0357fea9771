package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.CutText;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the real window at 1280×800, with the app's theme and fonts: every learner's and the network's option names
 * stand whole in the property sheet (they were cut to "Early stoppi…" and "Histogram …").
 */
@ExtendWith(ApplicationExtension.class)
class OptionNamesScreenTest {
    @TempDir
    static Path configDir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(configDir), new ScriptedDialogs());
    }

    @Test
    void everyLearnersOptionNamesAreWholeInTheSheet(FxRobot robot) throws Exception {
        ModelsTab tab = ModelsTabOnScreen.open(robot, window, SampleGenerator.generate(new SampleSpec(8, 400, 150, 80)), null);
        List<ModelSpec> specs = new ArrayList<>();
        for (BaseLearner b : BaseLearner.values()) {
            specs.add(new ModelSpec(null, "BR", b.specName(), "", "", "PCut1"));
        }
        specs.add(new ModelSpec(null, "MLP", null, "", "", "PCut1"));
        ListView<ModelSpec> list = robot.lookup("#models-list").query();
        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        for (ModelSpec spec : specs) {
            robot.interact(() -> {
                tab.viewModel().models().models().setAll(spec);
                list.getSelectionModel().select(0);
                setup.setVvalue(1);
            });
            WaitForAsyncUtils.waitForFxEvents();
            PropertySheet sheet = robot.lookup(".property-sheet").queryAs(PropertySheet.class);
            assertThat(sheet.getItems()).as(spec.name()).hasSizeGreaterThan(5);
            assertThat(CutText.in(sheet)).as(spec.name()).isEmpty();
            if (spec.base() == BaseLearner.LIGHTGBM) {
                Screenshots.save(robot, sheet.getScene(), "models-sheet-lightgbm");
            }
        }
    }
}
