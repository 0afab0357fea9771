package org.genreworkbench.ui.models;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * A whole-number spinner the user can also type into. What is typed counts on Enter and when the field loses
 * focus; a number out of range is brought into it, and text that is no number puts back the last value.
 */
final class TypedSpinner {
    private TypedSpinner() {
    }

    static Spinner<Integer> of(int min, int max, int step, IntegerProperty value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Math.max(min, Math.min(max, Integer.parseInt(text.strip())));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(spinner);
            }
        });
        spinner.valueProperty().addListener((obs, old, now) -> value.set(now));
        value.addListener((obs, old, now) -> factory.setValue(now.intValue()));
        return spinner;
    }

    /** Takes the typed text as the value, and shows the value the spinner settled on. */
    private static void commit(Spinner<Integer> spinner) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        Integer typed = factory.getConverter().fromString(spinner.getEditor().getText());
        factory.setValue(typed);
        spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
    }
}
