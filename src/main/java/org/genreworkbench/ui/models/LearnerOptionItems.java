package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;
import org.genreworkbench.ml.LearnerOption;
import org.genreworkbench.ml.ModelSpec;
import org.genreworkbench.ml.OptionLine;

/**
 * The base learner's options in the property sheet, one typed row each from the learner's schema: spinners for
 * numbers, check boxes for switches. An edit rewrites the model's option line; a value outside the schema is
 * refused with a message naming the option, and the model stays as it was.
 */
final class LearnerOptionItems {
    private LearnerOptionItems() {
    }

    static List<PropertySheet.Item> of(ModelSpec spec, Consumer<ModelSpec> replace, Consumer<String> complain) {
        return spec.base().schema().stream()
                .<PropertySheet.Item>map(o -> new OptionItem(spec, o, replace, complain)).toList();
    }

    /** Spinners for the learner's numeric options; every other row gets ControlsFX's editor for its type. */
    static Callback<PropertySheet.Item, PropertyEditor<?>> editors() {
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        return item -> item instanceof OptionItem o && o.option.kind() != LearnerOption.Kind.SWITCH
                ? spinner(o) : defaults.call(item);
    }

    private static PropertyEditor<?> spinner(OptionItem item) {
        boolean whole = item.option.kind() == LearnerOption.Kind.WHOLE;
        double start = ((Number) item.getValue()).doubleValue();
        // No bounds here: what is typed reaches the model's check, which names the option when it is out of range.
        SpinnerValueFactory<Double> factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                -Double.MAX_VALUE, Double.MAX_VALUE, start, whole ? 1 : 0.05);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : whole ? Long.toString(Math.round(v)) : OptionItem.plain(v);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return whole ? (double) Long.parseLong(text.strip()) : Double.parseDouble(text.strip());
                } catch (NumberFormatException e) {
                    item.complain.accept(item.spec.base().specName() + " option " + item.option.dashed() + ": must be "
                            + (whole ? "a whole number" : "a number") + ", not '" + text.strip() + "'");
                    return factory.getValue();
                }
            }
        });
        Spinner<Double> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.setId("models-option-" + item.option.flag());
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.increment(0);
            }
        });
        return new AbstractPropertyEditor<Double, Spinner<Double>>(item, spinner) {
            @Override
            protected ObservableValue<Double> getObservableValue() {
                return spinner.valueProperty();
            }

            @Override
            public void setValue(Double value) {
                factory.setValue(value);
            }
        };
    }

    /** One option of the base learner as a typed row. */
    static final class OptionItem implements PropertySheet.Item {
        private final ModelSpec spec;
        private final LearnerOption option;
        private final Consumer<ModelSpec> replace;
        private final Consumer<String> complain;

        OptionItem(ModelSpec spec, LearnerOption option, Consumer<ModelSpec> replace, Consumer<String> complain) {
            this.spec = spec;
            this.option = option;
            this.replace = replace;
            this.complain = complain;
        }

        LearnerOption option() {
            return option;
        }

        @Override
        public Class<?> getType() {
            return switch (option.kind()) {
                case WHOLE, NUMBER -> Double.class;
                case SWITCH -> Boolean.class;
            };
        }

        @Override
        public String getCategory() {
            return spec.base().specName() + " options";
        }

        @Override
        public String getName() {
            return option.label();
        }

        @Override
        public String getDescription() {
            String text = option.description() + " (" + option.dashed() + ")";
            return option.kind() == LearnerOption.Kind.SWITCH ? text
                    : text + ", " + option.range() + "; default " + spec.base().defaultValue(option);
        }

        @Override
        public Object getValue() {
            String value = OptionLine.value(spec.baseOptions(), option).orElse(spec.base().defaultValue(option));
            if (option.kind() == LearnerOption.Kind.SWITCH) {
                return Boolean.parseBoolean(value);
            }
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return 0.0;
            }
        }

        @Override
        public void setValue(Object value) {
            String text = value instanceof Double d
                    ? option.kind() == LearnerOption.Kind.WHOLE ? Long.toString(Math.round(d)) : plain(d)
                    : String.valueOf(value);
            if (value == null || value.equals(getValue())) {
                return;
            }
            try {
                replace.accept(new ModelSpec(spec.name(), spec.method(), spec.base(), spec.methodOptions(),
                        OptionLine.with(spec.baseOptions(), option, text), spec.threshold()));
            } catch (IllegalArgumentException e) {
                complain.accept(e.getMessage());
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        static String plain(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
