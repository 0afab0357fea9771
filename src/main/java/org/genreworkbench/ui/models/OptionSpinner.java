package org.genreworkbench.ui.models;

import java.math.BigDecimal;
import java.math.MathContext;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.util.converter.DefaultStringConverter;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.PropertyEditor;
import org.genreworkbench.model.spec.LearnerOption;

/**
 * A spinner for a numeric option that keeps what is typed as text: the arrows step a single number within the
 * option's range, and what is typed goes to the model as written, so its check (not the spinner) decides, and
 * names the option when it refuses.
 */
final class OptionSpinner extends SpinnerValueFactory<String> {
    private final LearnerOption option;

    private OptionSpinner(LearnerOption option, String start) {
        this.option = option;
        setConverter(new DefaultStringConverter());
        setValue(start);
    }

    /** The row's editor: an editable spinner that commits on Enter and when it loses the focus. */
    static PropertyEditor<?> editor(OptionItems.OptionItem item) {
        Spinner<String> spinner = new Spinner<>(new OptionSpinner(item.option(), String.valueOf(item.getValue())));
        spinner.setEditable(true);
        spinner.setId(item.editorId());
        spinner.setTooltip(new Tooltip(item.getDescription()));
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.commitValue();
            }
        });
        return new AbstractPropertyEditor<String, Spinner<String>>(item, spinner) {
            @Override
            protected ObservableValue<String> getObservableValue() {
                return spinner.valueProperty();
            }

            @Override
            public void setValue(String value) {
                spinner.getValueFactory().setValue(value);
            }
        };
    }

    @Override
    public void decrement(int steps) {
        step(-steps);
    }

    @Override
    public void increment(int steps) {
        step(steps);
    }

    /** Moves a single number by whole steps (a tenth of its magnitude below 1), kept within the option's range. */
    private void step(int steps) {
        double v;
        try {
            v = Double.parseDouble(getValue().strip());
        } catch (NumberFormatException | NullPointerException e) {
            return; // a list, a range or a typo: the arrows leave it to be mended by hand
        }
        double step = option.kind() == LearnerOption.Kind.WHOLE || Math.abs(v) >= 1 ? 1
                : Math.pow(10, Math.floor(Math.log10(Math.abs(v) == 0 ? 0.1 : Math.abs(v))));
        double next = new BigDecimal(v + steps * step).round(new MathContext(10)).doubleValue();
        if (next < option.min() || (option.minExcluded() && next <= option.min())
                || next > option.max() || (option.maxExcluded() && next >= option.max())) {
            return;
        }
        setValue(LearnerOption.plain(next));
    }
}
