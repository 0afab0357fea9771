package org.genreworkbench.ui.models;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.controlsfx.control.PropertySheet;

/**
 * ControlsFX's property sheet gives the option names a column of at least 100 px and the editors the rest, so at
 * the Models panel's width a longer name was cut ("Early stoppi…", "Histogram …"). Every name keeps its whole
 * width; the editors take what is left.
 */
final class WholeOptionNames {
    private WholeOptionNames() {
    }

    static void keep(PropertySheet sheet) {
        // the sheet's skin makes the name labels when it is shown and again whenever the items change
        sheet.skinProperty().addListener((obs, old, now) -> Platform.runLater(() -> widen(sheet)));
        sheet.getItems().addListener((ListChangeListener<PropertySheet.Item>) change -> Platform.runLater(() -> widen(sheet)));
    }

    private static void widen(PropertySheet sheet) {
        for (Node node : sheet.lookupAll(".label")) {
            if (node.getClass() == Label.class && node.getParent() instanceof GridPane) {
                ((Label) node).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
