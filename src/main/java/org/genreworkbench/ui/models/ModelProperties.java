package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.controlsfx.control.PropertySheet;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.ModelSpec;

/** The editable fields of a model as property-sheet items; an edit replaces the model with a changed copy. */
final class ModelProperties {
    private ModelProperties() {
    }

    /** The rows of a model whose options take one value each. */
    static ObservableList<PropertySheet.Item> of(ModelSpec spec, Consumer<ModelSpec> replace, Consumer<String> complain) {
        return of(spec, OptionItems.Tuner.single(replace), complain);
    }

    /**
     * The rows of a model whose numeric options may take several values: {@code tuner} keeps them, and an edit of
     * any row keeps the others' values.
     */
    static ObservableList<PropertySheet.Item> of(ModelSpec spec, OptionItems.Tuner tuner, Consumer<String> complain) {
        Consumer<ModelSpec> replace = changed -> tuner.replace(spec, changed, tuner.tuning(spec));
        List<PropertySheet.Item> items = new java.util.ArrayList<>();
        items.add(item("Name", "Shown in the comparison", String.class, spec, ModelSpec::name,
                (s, v) -> new ModelSpec(v, s.method(), s.base(), s.methodOptions(), s.baseOptions(), s.threshold()), replace, complain));
        items.add(item("Method", spec.method().description(), Method.class, spec, ModelSpec::method,
                (s, v) -> new ModelSpec(s.name(), v, s.base(), s.methodOptions(), s.baseOptions(), s.threshold()), replace, complain));
        if (!spec.standalone()) {
            items.add(item("Base learner", "The learner the method trains, one per label or label set", BaseLearner.class,
                    spec, ModelSpec::base,
                    (s, v) -> new ModelSpec(s.name(), s.method(), v, s.methodOptions(), s.baseOptions(), s.threshold()), replace, complain));
        }
        items.addAll(OptionItems.of(spec, OptionItems.Part.METHOD, tuner, complain));
        if (spec.method() != Method.WEKA && !spec.network()) {
            // MEKA understands more than the typed rows offer: the whole line stays editable for the rest.
            items.add(item("Method options", "All of " + spec.method().specName() + "'s MEKA options as one line, "
                            + "e.g. -M 10 -k 3 for RAkEL, -H 20 -E 200 for BPNN", String.class, spec,
                    ModelSpec::methodOptions,
                    (s, v) -> new ModelSpec(s.name(), s.method(), s.base(), v, s.baseOptions(), s.threshold()), replace, complain));
        }
        if (!spec.standalone()) {
            items.addAll(OptionItems.of(spec, OptionItems.Part.BASE, tuner, complain));
            items.add(item("Base options", "Options of " + spec.base().specName() + ", " + spec.baseLearner().optionsHint(),
                    String.class, spec, ModelSpec::baseOptions,
                    (s, v) -> new ModelSpec(s.name(), s.method(), s.base(), s.methodOptions(), v, s.threshold()), replace, complain));
        }
        items.add(new ThresholdRow(spec, replace, complain));
        return FXCollections.observableArrayList(items);
    }

    private static <T> PropertySheet.Item item(String name, String description, Class<T> type, ModelSpec spec,
                                               Function<ModelSpec, T> get, BiFunction<ModelSpec, T, ModelSpec> set,
                                               Consumer<ModelSpec> replace, Consumer<String> complain) {
        return new PropertySheet.Item() {
            @Override
            public Class<?> getType() {
                return type;
            }

            @Override
            public String getCategory() {
                return "Model";
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getDescription() {
                return description;
            }

            @Override
            public Object getValue() {
                return get.apply(spec);
            }

            @Override
            public void setValue(Object value) {
                T typed = type == String.class && value == null ? type.cast("") : type.cast(value);
                if (typed == null || typed.equals(get.apply(spec))) {
                    return;
                }
                try {
                    replace.accept(set.apply(spec, typed));
                } catch (IllegalArgumentException e) {
                    complain.accept(e.getMessage());
                }
            }

            @Override
            public Optional<ObservableValue<? extends Object>> getObservableValue() {
                return Optional.empty();
            }
        };
    }
}
