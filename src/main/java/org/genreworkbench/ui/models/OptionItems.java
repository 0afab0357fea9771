package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.genreworkbench.model.spec.LearnerOption;
import org.genreworkbench.ml.Learners;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.OptionLine;
import org.genreworkbench.model.spec.OptionSchema;
import org.genreworkbench.ml.OptionTuning;
import org.genreworkbench.ml.OptionValues;

/**
 * The typed options of a model's method and base learner as property-sheet rows, one per option of their
 * schema. An edit rewrites the option line the model keeps; a value outside the schema is refused with a message
 * naming the option, and the model stays as it was. A numeric option may take a list or a range of values: the
 * model then stands for a grid, its line keeps the first value and the {@link Tuner} the rest.
 */
final class OptionItems {
    /** Which of the model's option lines a row edits. */
    enum Part {
        METHOD(OptionTuning.Part.METHOD, "models-method-option-", ModelSpec::method, ModelSpec::methodOptions,
                (s, line) -> new ModelSpec(s.name(), s.method(), s.base(), line, s.baseOptions(), s.threshold())),
        BASE(OptionTuning.Part.BASE, "models-option-", ModelSpec::base, ModelSpec::baseOptions,
                (s, line) -> new ModelSpec(s.name(), s.method(), s.base(), s.methodOptions(), line, s.threshold()));

        final OptionTuning.Part tuned;
        final String idPrefix;
        final Function<ModelSpec, OptionSchema> owner;
        final Function<ModelSpec, String> line;
        final BiFunction<ModelSpec, String, ModelSpec> withLine;

        Part(OptionTuning.Part tuned, String idPrefix, Function<ModelSpec, OptionSchema> owner,
             Function<ModelSpec, String> line, BiFunction<ModelSpec, String, ModelSpec> withLine) {
            this.tuned = tuned;
            this.idPrefix = idPrefix;
            this.owner = owner;
            this.line = line;
            this.withLine = withLine;
        }
    }

    /** Where the options of a model that take several values are kept, and how an edit replaces the model. */
    interface Tuner {
        OptionTuning tuning(ModelSpec model);

        void replace(ModelSpec old, ModelSpec changed, OptionTuning tuning);

        /** No grid: a model's options take one value each. */
        static Tuner single(Consumer<ModelSpec> replace) {
            return new Tuner() {
                @Override
                public OptionTuning tuning(ModelSpec model) {
                    return OptionTuning.NONE;
                }

                @Override
                public void replace(ModelSpec old, ModelSpec changed, OptionTuning tuning) {
                    replace.accept(changed);
                }
            };
        }
    }

    private OptionItems() {
    }

    static List<PropertySheet.Item> of(ModelSpec spec, Part part, Tuner tuner, Consumer<String> complain) {
        return part.owner.apply(spec).schema().stream()
                .<PropertySheet.Item>map(o -> new OptionItem(spec, part, o, tuner, complain)).toList();
    }

    /** One option of the method or base learner as a typed row. */
    static final class OptionItem implements PropertySheet.Item {
        private final ModelSpec spec;
        private final Part part;
        private final LearnerOption option;
        private final Tuner tuner;
        private final Consumer<String> complain;

        OptionItem(ModelSpec spec, Part part, LearnerOption option, Tuner tuner, Consumer<String> complain) {
            this.spec = spec;
            this.part = part;
            this.option = option;
            this.tuner = tuner;
            this.complain = complain;
        }

        LearnerOption option() {
            return option;
        }

        /** The node id of the row's editor: "models-option-I", "models-method-option-k". */
        String editorId() {
            return part.idPrefix + option.flag();
        }

        OptionSchema owner() {
            return part.owner.apply(spec);
        }

        /** Says why a value typed into the row's editor was refused. */
        void complain(String message) {
            complain.accept(message);
        }

        @Override
        public Class<?> getType() {
            return switch (option.kind()) {
                case SWITCH, ON_OFF -> Boolean.class;
                case WHOLE, NUMBER, CHOICE, WIDTHS -> String.class;
            };
        }

        @Override
        public String getCategory() {
            return owner().specName() + " options";
        }

        @Override
        public String getName() {
            return option.label();
        }

        @Override
        public String getDescription() {
            return option.description() + " (" + option.dashed() + "): " + option.describe() + "; default "
                    + Learners.defaultValue(owner(), option) + (option.kind().numeric()
                    ? ". Several values (100, 300, 1000 or 100 to 1000 step 300) try each as a model of its own" : "");
        }

        /** The values of a grid on this option, if it takes several. */
        Optional<OptionValues> varied() {
            return tuner.tuning(spec).values(part.tuned, option);
        }

        /**
         * The option's text in the line, else the default; a list or range as it was typed; for a switch or on/off,
         * whether it is on.
         */
        @Override
        public Object getValue() {
            Optional<OptionValues> several = varied();
            if (several.isPresent()) {
                return several.get().text();
            }
            String value = OptionLine.value(part.line.apply(spec), option).orElse(Learners.defaultValue(owner(), option));
            return switch (option.kind()) {
                case SWITCH -> Boolean.parseBoolean(value);
                case ON_OFF -> !value.isBlank() && LearnerOption.isOn(value);
                default -> value;
            };
        }

        @Override
        public void setValue(Object value) {
            if (value == null || value.equals(getValue())) {
                return;
            }
            String text = switch (option.kind()) {
                case SWITCH -> String.valueOf(value);
                case ON_OFF -> Boolean.TRUE.equals(value) ? "on" : "off";
                default -> String.valueOf(value).strip();
            };
            try {
                OptionTuning tuning = tuner.tuning(spec);
                if (text.isBlank()) {
                    tuning = tuning.with(part.tuned, option, null); // back to the default, a single value
                } else if (option.kind().numeric()) {
                    OptionValues values = parse(text);
                    tuning = tuning.with(part.tuned, option, values);
                    text = values.values().get(0); // the line stays a model of its own: the grid's first
                }
                tuner.replace(spec, part.withLine.apply(spec, OptionLine.with(part.line.apply(spec), option, text)), tuning);
            } catch (IllegalArgumentException e) {
                complain.accept(e.getMessage());
            }
        }

        private OptionValues parse(String text) {
            try {
                return OptionValues.parse(owner().specName(), option, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("model '" + spec.name() + "': " + e.getMessage(), e);
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
