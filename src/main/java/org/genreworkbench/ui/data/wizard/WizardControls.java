package org.genreworkbench.ui.data.wizard;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;

/** The few controls every page of the wizard builds the same way. */
final class WizardControls {
    private WizardControls() {
    }

    /** A label that follows {@code text} and wraps it, growing in height rather than cutting it. */
    static Label wrapped(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A read-only text column. */
    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        // Narrow columns keep their header when the table shares out its width.
        c.setMinWidth(Math.min(width, 90));
        return c;
    }
}
