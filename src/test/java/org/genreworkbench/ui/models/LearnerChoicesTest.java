package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.Threshold;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.ml.lightgbm.LightGbmNative;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.ui.FxTaskExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** LightGBM and FastForest in the Models tab's choices, their options checked, and the tab without them. */
@ExtendWith(ApplicationExtension.class)
class LearnerChoicesTest {
    @TempDir
    static Path settings;
    private ModelsTab tab;

    @Start
    void start(Stage stage) {
        Project project = SampleGenerator.generate(new SampleSpec(8, 800, 250, 100));
        WorkbenchContext context = TestWorkbench.context(project, new FxTaskExecutor(), new ScriptedDialogs(), settings);
        tab = new ModelsTab(context);
        stage.setScene(TestWorkbench.styled(new Scene(new TabPane(tab), 1280, 800)));
        stage.show();
    }

    @Test
    void lightGbmAndFastForestAreOfferedAndRun(FxRobot robot) throws Exception {
        robot.interact(() -> {
            tab.viewModel().dataset().targetProperty().set(Target.PLAYLIST_GENRE);
            tab.viewModel().models().models().clear();
        });
        robot.clickOn("#models-holdout");
        ChoiceBox<BaseLearner> base = robot.lookup("#models-base").query();
        assertThat(base.getItems()).contains(BaseLearner.LIGHTGBM, BaseLearner.FAST_FOREST);
        robot.interact(() -> base.setValue(BaseLearner.LIGHTGBM));
        addModel(robot);
        robot.interact(() -> base.setValue(BaseLearner.FAST_FOREST));
        addModel(robot);
        assertThat(tab.viewModel().models().models()).extracting(ModelSpec::name).containsExactly("LightGBM", "FastForest");

        robot.clickOn("#models-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> tab.viewModel().shown().experiment() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().shown().experiment().results()).extracting(r -> r.model())
                .containsExactly("LightGBM", "FastForest");
        Screenshots.save(robot, base.getScene(), "models-lightgbm");
    }

    @Test
    void aBadOptionInThePropertySheetIsRefusedNamingIt(FxRobot robot) {
        ModelSpec spec = new ModelSpec(null, "BR", "LightGBM", "", "-rounds 100", "PCut1");
        List<ModelSpec> replaced = new ArrayList<>();
        List<String> complaints = new ArrayList<>();
        PropertySheet.Item options = ModelProperties.of(spec, replaced::add, complaints::add).stream()
                .filter(i -> i.getName().equals("Base options")).findFirst().orElseThrow();
        assertThat(options.getDescription()).contains("LightGBM").contains("-rounds");

        options.setValue("-rounds -5");
        options.setValue("-feature-fraction 1.5");
        assertThat(replaced).isEmpty();
        assertThat(complaints).hasSize(2);
        assertThat(complaints.get(0)).contains("-rounds").contains("-5");
        assertThat(complaints.get(1)).contains("-feature-fraction").contains("1.5");

        options.setValue("-rounds 200 -leaves 15");
        assertThat(replaced).extracting(ModelSpec::baseOptions).containsExactly("-rounds 200 -leaves 15");

        // and in the tab: the complaint shows under the sheet, the model stays as it was
        robot.interact(() -> {
            tab.viewModel().models().models().setAll(spec);
        });
        robot.clickOn(robot.lookup("#models-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        PropertySheet sheet = robot.lookup(".property-sheet").queryAs(PropertySheet.class);
        PropertySheet.Item shown = sheet.getItems().stream().filter(i -> i.getName().equals("Base options"))
                .findFirst().orElseThrow();
        robot.interact(() -> shown.setValue("-rounds -5"));
        Label complaint = robot.lookup(".balance-warning").match(n -> n.isVisible()).queryAs(Label.class);
        assertThat(complaint.getText()).contains("-rounds");
        assertThat(tab.viewModel().models().models()).containsExactly(spec);
    }

    @Test
    void withoutTheNativeLibraryTheLearnersSayWhyAndCannotBeAdded(FxRobot robot) {
        LightGbmNative.useLoader(() -> {
            throw new UnsatisfiedLinkError("libgomp.so.1: cannot open shared object file");
        });
        try {
            ChoiceBox<BaseLearner> base = robot.lookup("#models-base").query();
            assertThat(base.getConverter().toString(BaseLearner.LIGHTGBM)).contains("unavailable").contains("libgomp.so.1");
            assertThat(base.getConverter().toString(BaseLearner.RANDOM_FOREST)).isEqualTo("RandomForest");
            robot.interact(() -> tab.viewModel().models().models().clear());
            robot.interact(() -> base.setValue(BaseLearner.FAST_FOREST));
            addModel(robot);
            assertThat(tab.viewModel().models().models()).isEmpty();
            Label complaint = robot.lookup(".balance-warning").match(n -> n.isVisible()).queryAs(Label.class);
            assertThat(complaint.getText()).contains("FastForest is unavailable").contains("libgomp.so.1");
            robot.interact(() -> base.setValue(BaseLearner.J48));
            addModel(robot);
            assertThat(tab.viewModel().models().models()).extracting(ModelSpec::base).containsExactly(BaseLearner.J48);
        } finally {
            LightGbmNative.useLoader(null);
        }
    }

    @Test
    void theLearnersOptionsAreTypedRowsThatRefuseAValueOutOfRangeNamingIt(FxRobot robot) throws Exception {
        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        robot.interact(() -> {
            tab.viewModel().models().models().setAll(new ModelSpec(null, Method.BR, BaseLearner.RANDOM_FOREST, "",
                    "-I 50", Threshold.PCUT1));
            setup.setVvalue(1);
        });
        robot.clickOn(robot.lookup("#models-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        ModelSpec forest = tab.viewModel().models().models().get(0);
        assertThat(forest.baseOptions()).isEqualTo("-I 50");
        robot.interact(() -> setup.setVvalue(1));
        @SuppressWarnings("unchecked")
        Spinner<String> trees = robot.lookup("#models-option-I").queryAs(Spinner.class);
        assertThat(trees.getValue()).isEqualTo("50");
        // the method is a choice, not text
        assertThat(robot.lookup(".property-sheet .combo-box-base").queryAll()).isNotEmpty();

        robot.interact(() -> {
            trees.getEditor().setText("-3");
            trees.commitValue();
        });
        Label complaint = robot.lookup(".balance-warning").match(n -> n.isVisible()).queryAs(Label.class);
        assertThat(complaint.getText()).isEqualTo("model 'BR + RandomForest': RandomForest option -I: must be between 1 and 100000, not -3");
        assertThat(tab.viewModel().models().models().get(0)).isEqualTo(forest);

        @SuppressWarnings("unchecked")
        Spinner<String> again = robot.lookup("#models-option-I").queryAs(Spinner.class);
        robot.interact(() -> {
            again.getEditor().setText("200");
            again.commitValue();
        });
        assertThat(tab.viewModel().models().models().get(0).baseOptions()).isEqualTo("-I 200");
        Screenshots.save(robot, setup.getScene(), "models-typed-options");
    }

    /** Presses Add as a user would; fired rather than clicked, as the button may sit below the fold of the settings pane. */
    private static void addModel(FxRobot robot) {
        javafx.scene.control.Button add = robot.lookup("#models-add").queryButton();
        robot.interact(add::fire);
    }
}
