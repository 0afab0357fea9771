package org.genreworkbench.ui.labels;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The cut typed rather than dragged: its height, or a number of clusters. When no height gives that many,
 * a button offers the nearest count that one does.
 */
final class CutBar extends VBox {

    CutBar(LabelsViewModel viewModel) {
        TextField height = new TextField();
        height.setId("labels-cut-height");
        height.setPrefColumnCount(7);
        viewModel.cutHeightProperty().addListener((obs, old, now) -> {
            if (!height.isFocused()) {
                height.setText(format(now.doubleValue()));
            }
        });
        height.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                height.setText(format(viewModel.cutHeightProperty().get()));
            }
        });
        height.setOnAction(e -> {
            try {
                viewModel.cutHeightProperty().set(Double.parseDouble(height.getText().trim()));
            } catch (NumberFormatException ex) {
                height.setText(format(viewModel.cutHeightProperty().get()));
            }
        });
        Spinner<Integer> k = new Spinner<>(1, 5000, 12);
        k.setId("labels-k");
        k.setEditable(true);
        k.setPrefWidth(90);
        Button cut = new Button("Cut into K clusters");
        cut.setId("labels-cut-k");
        cut.setOnAction(e -> {
            commitTyped(k);
            viewModel.cutIntoClusters(k.getValue());
        });
        Button nearest = new Button();
        nearest.setId("labels-cut-nearest");
        nearest.getStyleClass().add("accent");
        nearest.visibleProperty().bind(viewModel.unreachableProperty().isNotNull());
        nearest.managedProperty().bind(nearest.visibleProperty());
        viewModel.unreachableProperty().addListener((obs, old, now) -> {
            if (now != null) {
                nearest.setText("Cut into " + now.nearest() + " instead");
                nearest.setOnAction(e -> {
                    k.getValueFactory().setValue(now.nearest());
                    viewModel.cutIntoClusters(now.nearest());
                });
            }
        });
        HBox controls = new HBox(8, new Label("Cut height"), height, new Label("K"), k, cut, nearest);
        for (var node : controls.getChildren()) {
            if (node instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        controls.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Drag the red line, or use ↑/↓. Scroll to zoom, drag to pan, 0 to fit.");
        hint.setId("labels-hint");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(controls, hint);
        setSpacing(2);
        setPadding(new Insets(4, 8, 4, 8));
        disableProperty().bind(viewModel.treeProperty().isNull());
    }

    /** A number typed into the spinner counts even before it loses focus. */
    private static void commitTyped(Spinner<Integer> k) {
        try {
            k.getValueFactory().setValue(Integer.parseInt(k.getEditor().getText().trim()));
        } catch (NumberFormatException ex) {
            k.getEditor().setText(Integer.toString(k.getValue()));
        }
    }

    private static String format(double height) {
        return String.format(Locale.US, "%.4f", height);
    }
}
