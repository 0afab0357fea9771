package org.genreworkbench.ui.models;

import javafx.scene.control.ComboBox;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;
import org.genreworkbench.model.spec.LearnerOption;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.ui.Converters;

/**
 * The property sheet's editors: spinners for numeric options, a choice for an option of a few values, the
 * threshold's strategy with its number, and ControlsFX's own editor for every other row's type (check boxes for
 * switches, text for the rest).
 */
final class PropertyEditors {
    private PropertyEditors() {
    }

    static Callback<PropertySheet.Item, PropertyEditor<?>> factory() {
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        return item -> {
            if (item instanceof ThresholdRow threshold) {
                return ThresholdRow.editor(threshold);
            }
            if (item instanceof OptionItems.OptionItem o) {
                if (o.option().kind().numeric()) {
                    return OptionSpinner.editor(o);
                }
                if (o.option().kind() == LearnerOption.Kind.CHOICE) {
                    PropertyEditor<?> choice = Editors.createChoiceEditor(item, o.option().choices());
                    choice.getEditor().setId(o.editorId());
                    return choice;
                }
                PropertyEditor<?> editor = defaults.call(item);
                editor.getEditor().setId(o.editorId());
                return editor;
            }
            if (item.getType() == Method.class) {
                // Named as in the list above the sheet: the single-label "WEKA" is the base learner on its own.
                PropertyEditor<?> editor = defaults.call(item);
                if (editor.getEditor() instanceof ComboBox<?> box) {
                    @SuppressWarnings("unchecked")
                    ComboBox<Method> methods = (ComboBox<Method>) box;
                    methods.setConverter(Converters.showing(NetworkAvailability::plainName));
                }
                return editor;
            }
            return defaults.call(item);
        };
    }
}
