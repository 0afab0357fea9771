package org.genreworkbench.ui.models;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Small layout pieces the tab's forms share. */
final class FormRows {
    private FormRows() {
    }

    /** Nodes side by side, centred vertically; labels and buttons keep their whole text. */
    static HBox row(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof ButtonBase || n instanceof Label) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A check box bound both ways to {@code property}; its text wraps rather than being cut in a narrow panel. */
    static CheckBox check(String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setWrapText(true);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }
}
