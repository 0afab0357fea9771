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
import org.genreworkbench.ml.ModelSpec;

/** The editable fields of a model as property-sheet items; an edit replaces the model with a changed copy. */
final class ModelProperties {
    private ModelProperties() {
    }

    static ObservableList<PropertySheet.Item> of(ModelSpec spec, Consumer<ModelSpec> replace, Consumer<String> complain) {
        return FXCollections.observableArrayList(List.of(
                item("Name", "Shown in the comparison", spec, ModelSpec::name,
                        (s, v) -> new ModelSpec(v, s.method(), s.base(), s.methodOptions(), s.baseOptions(), s.threshold()), replace, complain),
                item("Method", "BR, CC, ECC, LC, PS, RAkEL, BCC, MLkNN, BPNN, DBPNN (WEKA: single-label)", spec, ModelSpec::method,
                        (s, v) -> new ModelSpec(s.name(), v, s.base(), s.methodOptions(), s.baseOptions(), s.threshold()), replace, complain),
                item("Base learner", String.join(", ", ModelSpec.BASES), spec, ModelSpec::base,
                        (s, v) -> new ModelSpec(s.name(), s.method(), v, s.methodOptions(), s.baseOptions(), s.threshold()), replace, complain),
                item("Method options", "MEKA options, e.g. -M 10 -k 3 for RAkEL, -H 20 -E 200 for BPNN; for MLP -layers 128,64 -dropout 0.1 -batch-norm on -lr 0.01 -weight-decay 0.0001 -batch 512 -epochs 200 -patience 8 -validation 0.15 -schedule plateau -class-weights off -seed 0", spec, ModelSpec::methodOptions,
                        (s, v) -> new ModelSpec(s.name(), s.method(), s.base(), v, s.baseOptions(), s.threshold()), replace, complain),
                item("Base options", "Options of " + spec.base() + ", " + spec.baseLearner().optionsHint(), spec, ModelSpec::baseOptions,
                        (s, v) -> new ModelSpec(s.name(), s.method(), s.base(), s.methodOptions(), v, s.threshold()), replace, complain),
                item("Threshold", "PCut1, PCutL or a number between 0 and 1", spec, ModelSpec::threshold,
                        (s, v) -> new ModelSpec(s.name(), s.method(), s.base(), s.methodOptions(), s.baseOptions(), v), replace, complain)));
    }

    private static PropertySheet.Item item(String name, String description, ModelSpec spec,
                                           Function<ModelSpec, String> get, BiFunction<ModelSpec, String, ModelSpec> set,
                                           Consumer<ModelSpec> replace, Consumer<String> complain) {
        return new PropertySheet.Item() {
            @Override
            public Class<?> getType() {
                return String.class;
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
                String text = value == null ? "" : value.toString();
                if (text.equals(get.apply(spec))) {
                    return;
                }
                try {
                    replace.accept(set.apply(spec, text));
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
