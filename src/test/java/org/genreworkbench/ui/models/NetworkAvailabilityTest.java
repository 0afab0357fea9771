package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.ui.TestWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** MLP in the method list while PyTorch loads, once it has, and where it cannot. */
@ExtendWith(ApplicationExtension.class)
class NetworkAvailabilityTest {
    private final SimpleStringProperty unavailable = new SimpleStringProperty();
    private ChoiceBox<Method> methods;
    private Button add;
    private Label reason;

    @Start
    void start(Stage stage) {
        methods = new ChoiceBox<>();
        add = new Button("Add");
        methods.getItems().setAll(Method.BR, Method.MLP);
        methods.setValue(Method.BR);
        reason = NetworkAvailability.offer(methods, add, unavailable);
        stage.setScene(TestWorkbench.styled(new Scene(new VBox(methods, add, reason), 400, 200)));
        stage.show();
    }

    @Test
    void mlpIsOfferedForWhatItIsHere(FxRobot robot) {
        assertThat(methods.getConverter().toString(Method.MLP)).isEqualTo("MLP (loading PyTorch…)");
        robot.interact(() -> methods.setValue(Method.MLP));
        assertThat(add.isDisabled()).isTrue();
        assertThat(reason.isVisible()).isFalse();

        robot.interact(() -> unavailable.set("the PyTorch engine did not load (no libtorch for this OS)"));
        assertThat(methods.getConverter().toString(Method.MLP)).isEqualTo("MLP (unavailable)");
        assertThat(add.isDisabled()).isTrue();
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo(
                "MLP is unavailable on this machine: the PyTorch engine did not load (no libtorch for this OS)");
        robot.interact(() -> methods.setValue(Method.BR));
        assertThat(add.isDisabled()).isFalse();
        assertThat(reason.isVisible()).isFalse();

        robot.interact(() -> {
            unavailable.set("");
            methods.setValue(Method.MLP);
        });
        assertThat(methods.getConverter().toString(Method.MLP)).isEqualTo("MLP");
        assertThat(add.isDisabled()).isFalse();
        assertThat(reason.isVisible()).isFalse();
    }
}
