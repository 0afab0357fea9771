package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.PropertyEditor;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Threshold;

/**
 * The model's threshold as a choice of strategy (PCut1, PCutL, fixed; Tuned1 and TunedL for a network) and, for a fixed one, its value in a number
 * field beside it. The row's value is the threshold as spec files write it ("PCut1", "0.4").
 */
final class ThresholdRow implements PropertySheet.Item {
    static final String PCUT1 = "PCut1";
    static final String PCUTL = "PCutL";
    static final String TUNED1 = "Tuned1";
    static final String TUNEDL = "TunedL";
    static final String FIXED = "Fixed";
    private static final String DESCRIPTION = "How confidences become labels: PCut1 predicts as many labels per track "
            + "as the training tracks have, PCutL each label as often as it is true there, Fixed a threshold "
            + "between 0 and 1 for every label; for an MLP, Tuned1 (one) and TunedL (per label) take the thresholds "
            + "with the best F1 micro on its validation rows";

    private final ModelSpec spec;
    private final Consumer<ModelSpec> replace;
    private final Consumer<String> complain;

    ThresholdRow(ModelSpec spec, Consumer<ModelSpec> replace, Consumer<String> complain) {
        this.spec = spec;
        this.replace = replace;
        this.complain = complain;
    }

    /** The strategy shown in the choice: PCut1, PCutL, Tuned1, TunedL or Fixed. */
    static String strategy(String threshold) {
        for (String named : List.of(PCUT1, PCUTL, TUNED1, TUNEDL)) {
            if (threshold.equalsIgnoreCase(named)) {
                return named;
            }
        }
        return FIXED;
    }

    @Override
    public Class<?> getType() {
        return Threshold.class;
    }

    @Override
    public String getCategory() {
        return "Model";
    }

    @Override
    public String getName() {
        return "Threshold";
    }

    @Override
    public String getDescription() {
        return DESCRIPTION;
    }

    @Override
    public Object getValue() {
        return spec.threshold().specName();
    }

    /** "PCut1", "PCutL" or a number in [0, 1]; anything else is refused naming the threshold. */
    @Override
    public void setValue(Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (text.equals(getValue())) {
            return;
        }
        try {
            replace.accept(new ModelSpec(spec.name(), spec.method(), spec.base(), spec.methodOptions(), spec.baseOptions(),
                    Threshold.parse(text)));
        } catch (IllegalArgumentException e) {
            String named = "model '" + spec.name() + "': ";
            complain.accept(e.getMessage().startsWith(named) ? e.getMessage() : named + e.getMessage());
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }

    /** The editor: the strategy's choice, and the fixed value's field (enabled for Fixed only). */
    static PropertyEditor<?> editor(ThresholdRow row) {
        String start = String.valueOf(row.getValue());
        StringProperty threshold = new SimpleStringProperty(start);
        ChoiceBox<String> strategy = new ChoiceBox<>();
        // only a network holds validation rows out to tune on
        strategy.getItems().setAll(row.spec.network() ? List.of(PCUT1, PCUTL, TUNED1, TUNEDL, FIXED)
                : List.of(PCUT1, PCUTL, FIXED));
        strategy.setValue(strategy(start));
        strategy.setId("models-threshold-strategy");
        strategy.setTooltip(new Tooltip(DESCRIPTION));
        TextField fixed = new TextField(strategy(start).equals(FIXED) ? start : "");
        fixed.setId("models-threshold-value");
        fixed.setPromptText("0.5");
        fixed.setTooltip(new Tooltip("A threshold between 0 and 1 for every label"));
        fixed.setPrefColumnCount(5);
        fixed.disableProperty().bind(strategy.valueProperty().isNotEqualTo(FIXED));
        strategy.valueProperty().addListener((obs, old, now) -> {
            if (FIXED.equals(now)) {
                if (fixed.getText().isBlank()) {
                    fixed.setText("0.5");
                }
                threshold.set(fixed.getText());
            } else {
                threshold.set(now);
            }
        });
        fixed.setOnAction(e -> threshold.set(fixed.getText()));
        fixed.focusedProperty().addListener((obs, was, now) -> {
            if (!now && FIXED.equals(strategy.getValue())) {
                threshold.set(fixed.getText());
            }
        });
        HBox box = new HBox(6, strategy, fixed);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(fixed, Priority.ALWAYS);
        return new AbstractPropertyEditor<String, HBox>(row, box) {
            @Override
            protected ObservableValue<String> getObservableValue() {
                return threshold;
            }

            @Override
            public void setValue(String value) {
                threshold.set(value);
            }
        };
    }
}
