package org.genreworkbench.ui.models;

import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;
import org.genreworkbench.model.spec.LearnerOption;

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
            return defaults.call(item);
        };
    }
}
