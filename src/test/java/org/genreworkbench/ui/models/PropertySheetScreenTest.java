package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Threshold;
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

/** The Models tab's property sheet at 1280x800: the method's options and the threshold in typed editors. */
@ExtendWith(ApplicationExtension.class)
class PropertySheetScreenTest {
    @TempDir
    static Path settings;
    private ModelsTab tab;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Project project = SampleGenerator.generate(new SampleSpec(8, 400, 150, 80));
        WorkbenchContext context = TestWorkbench.context(project, new FxTaskExecutor(), new ScriptedDialogs(), settings);
        tab = new ModelsTab(context);
        scene = TestWorkbench.styled(new Scene(new TabPane(tab), 1280, 800));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void methodOptionsAndTheThresholdAreEditedInTypedControls(FxRobot robot) throws Exception {
        ModelSpec rakel = new ModelSpec(null, "RAkEL", "J48", "", "", "PCut1");
        ModelSpec net = new ModelSpec(null, "MLP", null, "-layers 32", "", "PCut1");
        robot.interact(() -> tab.viewModel().models().models().setAll(rakel, net));
        select(robot, 0);

        Spinner<String> size = spinner(robot, "#models-method-option-k");
        assertThat(size.getValue()).isEqualTo("3");
        robot.interact(() -> size.increment(1));
        assertThat(models().get(0).methodOptions()).isEqualTo("-k 4");

        Spinner<String> again = spinner(robot, "#models-method-option-k");
        robot.interact(() -> {
            again.getEditor().setText("0");
            again.commitValue();
        });
        Label complaint = robot.lookup(".balance-warning").match(Node::isVisible).queryAs(Label.class);
        assertThat(complaint.getText()).isEqualTo("model 'RAkEL + J48': RAkEL option -k: must be between 1 and 10000, not 0");
        assertThat(models().get(0).methodOptions()).isEqualTo("-k 4");
        // refused: the editor shows the value the model keeps again, and the whole message is readable
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(spinner(robot, "#models-method-option-k").getValue()).isEqualTo("4");
        assertThat(complaint.isVisible()).isTrue();
        assertThat(org.genreworkbench.ui.CutText.in(complaint.getParent())).isEmpty();
        assertThat(complaint.getHeight()).isGreaterThanOrEqualTo(complaint.prefHeight(complaint.getWidth()) - 0.5);

        @SuppressWarnings("unchecked")
        ChoiceBox<String> strategy = robot.lookup("#models-threshold-strategy").queryAs(ChoiceBox.class);
        TextField fixed = robot.lookup("#models-threshold-value").queryAs(TextField.class);
        assertThat(strategy.getValue()).isEqualTo("PCut1");
        assertThat(fixed.isDisabled()).isTrue();
        robot.interact(() -> strategy.setValue("Fixed"));
        assertThat(models().get(0).threshold()).isEqualTo(new Threshold.Fixed(0.5));
        TextField value = robot.lookup("#models-threshold-value").queryAs(TextField.class);
        robot.interact(() -> {
            value.setText("0.3");
            value.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(models().get(0).threshold()).isEqualTo(new Threshold.Fixed(0.3));
        Screenshots.save(robot, scene, "models-sheet-method-options");

        select(robot, 1);
        @SuppressWarnings("unchecked")
        ComboBox<String> schedule = robot.lookup("#models-method-option-schedule").queryAs(ComboBox.class);
        assertThat(schedule.getItems()).containsExactly("constant", "cosine", "plateau");
        robot.interact(() -> schedule.setValue("cosine"));
        CheckBox batchNorm = robot.lookup("#models-method-option-batch-norm").queryAs(CheckBox.class);
        assertThat(batchNorm.isSelected()).isTrue();
        robot.interact(() -> robot.lookup("#models-method-option-batch-norm").queryAs(CheckBox.class).fire());
        assertThat(models().get(1).methodOptions()).isEqualTo("-layers 32 -schedule cosine -batch-norm off");
        assertThat(robot.lookup(".property-sheet").queryAs(org.controlsfx.control.PropertySheet.class).getItems())
                .extracting(i -> i.getName()).doesNotContain("MLP options");
        Screenshots.save(robot, scene, "models-sheet-mlp-options");
    }

    @Test
    void aRefusedValueIsNamedInFullAndTheEditorShowsTheKeptValueAgain(FxRobot robot) throws Exception {
        ModelSpec boosted = new ModelSpec(null, "WEKA", "LightGBM", "", "-learning-rate 0.05", "PCut1");
        robot.interact(() -> tab.viewModel().models().models().setAll(boosted));
        select(robot, 0);
        TextField rate = robot.lookup("#models-option-learning-rate").match(Node::isVisible).queryAs(Spinner.class).getEditor();
        robot.interact(() -> {
            rate.setText("abc");
            rate.fireEvent(new javafx.event.ActionEvent());
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        robot.interact(() -> setup.setVvalue(1));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        Label complaint = robot.lookup(".balance-warning").match(Node::isVisible).queryAs(Label.class);
        assertThat(complaint.getText()).startsWith("model 'LightGBM': LightGBM option -learning-rate");
        assertThat(models().get(0).baseOptions()).isEqualTo("-learning-rate 0.05");
        assertThat(spinner(robot, "#models-option-learning-rate").getEditor().getText()).isEqualTo("0.05");
        // the whole message lies inside the scrolled setup's view
        javafx.geometry.Bounds message = complaint.localToScene(complaint.getBoundsInLocal());
        javafx.geometry.Bounds view = setup.localToScene(setup.getBoundsInLocal());
        assertThat(message.getMaxY()).isLessThanOrEqualTo(view.getMaxY());
        assertThat(org.genreworkbench.ui.CutText.in(complaint.getParent())).isEmpty();
        Screenshots.save(robot, scene, "models-sheet-refused-value");
        // the method named as in the list above the sheet, not by its spec name "WEKA"
        Node sheet = robot.lookup(".property-sheet").query();
        assertThat(robot.from(sheet).lookup((javafx.scene.control.Labeled l) -> "Base learner alone".equals(l.getText()))
                .tryQuery()).isPresent();
    }

    private java.util.List<ModelSpec> models() {
        return tab.viewModel().models().models();
    }

    private static void select(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#models-list").queryListView().getSelectionModel().select(index));
        ScrollPane setup = robot.lookup("#models-setup-scroll").query();
        robot.interact(() -> setup.setVvalue(1));
    }

    @SuppressWarnings("unchecked")
    private static Spinner<String> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }
}
