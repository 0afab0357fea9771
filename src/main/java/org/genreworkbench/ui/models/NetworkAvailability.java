package org.genreworkbench.ui.models;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.ui.Converters;

/**
 * Offers the MLP method as what it is on this machine: "MLP (loading PyTorch…)" while the engine loads, "MLP
 * (unavailable)" where it cannot, with Add disabled and the reason shown under it when MLP is chosen.
 */
final class NetworkAvailability {
    static final Method METHOD = Method.MLP;

    private NetworkAvailability() {
    }

    /** A method as listed: the single-label "WEKA" is the base learner on its own. */
    static String plainName(Method method) {
        return method == Method.WEKA ? "Base learner alone" : method.specName();
    }

    /** Labels the method list and guards Add; returns the line that gives the reason. */
    static Label offer(ChoiceBox<Method> methods, Button add, ObservableStringValue unavailable) {
        Runnable label = () -> methods.setConverter(Converters.showing(m -> !METHOD.equals(m) ? plainName(m)
                : unavailable.get() == null ? "MLP (loading PyTorch…)"
                : unavailable.get().isEmpty() ? m.specName() : "MLP (unavailable)"));
        label.run();
        unavailable.addListener((obs, old, now) -> label.run());
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> METHOD.equals(methods.getValue())
                && (unavailable.get() == null || !unavailable.get().isEmpty()), methods.valueProperty(), unavailable));
        Label reason = new Label();
        reason.setId("models-mlp-unavailable");
        reason.setWrapText(true);
        reason.getStyleClass().add("balance-warning");
        reason.textProperty().bind(Bindings.createStringBinding(() -> unavailable.get() == null || unavailable.get().isEmpty()
                ? "" : "MLP is unavailable on this machine: " + unavailable.get(), unavailable));
        reason.visibleProperty().bind(Bindings.createBooleanBinding(() -> METHOD.equals(methods.getValue())
                && !reason.getText().isEmpty(), methods.valueProperty(), reason.textProperty()));
        reason.managedProperty().bind(reason.visibleProperty());
        return reason;
    }
}
