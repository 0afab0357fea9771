package org.genreworkbench.ui.labels;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.model.TreeCut;
import org.genreworkbench.ui.Converters;

/**
 * The cut typed rather than dragged: its height, or a number of clusters (when no height gives that many,
 * a button offers the nearest count that one does); a search for balanced schemes in a range of label
 * counts; and a dynamic tree cut with its settings.
 */
final class CutBar extends VBox {

    CutBar(LabelsViewModel viewModel) {
        TextField height = new TextField();
        height.setId("labels-cut-height");
        height.setPrefColumnCount(7);
        // A dynamic cut has no height: the field is empty then, saying so, rather than showing the last height cut's
        Supplier<String> shown = () -> viewModel.baseCutProperty().get() instanceof TreeCut.Dynamic ? ""
                : format(viewModel.cutHeightProperty().get());
        height.setPromptText("dynamic");
        height.setTooltip(new Tooltip("The height of the cut; empty while a dynamic cut is in force. "
                + "Type a height and press Enter to cut there."));
        ChangeListener<Object> follow = (obs, old, now) -> {
            if (!height.isFocused()) {
                height.setText(shown.get());
            }
        };
        viewModel.cutHeightProperty().addListener(follow);
        viewModel.baseCutProperty().addListener(follow);
        height.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                height.setText(shown.get());
            }
        });
        height.setOnAction(e -> {
            try {
                viewModel.cutAtHeight(Double.parseDouble(height.getText().trim()));
            } catch (NumberFormatException ex) {
                // not a height: the cut in force stays, and the field shows it again
            }
            height.setText(shown.get());
        });
        height.setText(shown.get());
        Spinner<Integer> k = new Spinner<>(1, 5000, 12);
        k.setId("labels-k");
        k.setEditable(true);
        k.setPrefWidth(90);
        // K follows the clusters on show (a restored scheme, a dragged cut), so that it never contradicts the
        // count written on the dendrogram
        viewModel.clustersProperty().addListener((obs, old, now) -> showCount(k, now));
        showCount(k, viewModel.clustersProperty().get());
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
        Spinner<Integer> fromLabels = new Spinner<>(1, 500, 8);
        fromLabels.setId("labels-suggest-from");
        Spinner<Integer> toLabels = new Spinner<>(1, 500, 16);
        toLabels.setId("labels-suggest-to");
        Button suggest = new Button("Suggest labels");
        suggest.setId("labels-suggest");
        suggest.disableProperty().bind(viewModel.searchingProperty());
        suggest.setOnAction(e -> {
            commitTyped(fromLabels);
            commitTyped(toLabels);
            viewModel.suggest(Math.min(fromLabels.getValue(), toLabels.getValue()), Math.max(fromLabels.getValue(), toLabels.getValue()));
        });
        ChoiceBox<TreeCut.DynamicMethod> method = new ChoiceBox<>();
        method.setId("labels-dynamic-method");
        method.getItems().setAll(TreeCut.DynamicMethod.values());
        method.setValue(TreeCut.DynamicMethod.HYBRID);
        method.setConverter(Converters.showing(TreeCut.DynamicMethod::key));
        Spinner<Integer> minSize = new Spinner<>(1, 500, 8);
        minSize.setId("labels-dynamic-min-size");
        Spinner<Integer> deep = new Spinner<>(0, 4, 2);
        deep.setId("labels-dynamic-deep-split");
        // The dynamic cut in force (a suggestion used, a scheme restored) shows its settings, to adjust from there.
        java.util.function.Consumer<TreeCut> showDynamic = inForce -> {
            if (inForce instanceof TreeCut.Dynamic d) {
                method.setValue(d.method());
                minSize.getValueFactory().setValue(d.minClusterSize());
                deep.getValueFactory().setValue(d.deepSplit());
            }
        };
        viewModel.baseCutProperty().addListener((obs, old, now) -> showDynamic.accept(now));
        showDynamic.accept(viewModel.baseCutProperty().get());
        Button dynamic = new Button("Cut");
        dynamic.setId("labels-dynamic-cut");
        dynamic.setTooltip(new Tooltip("A cut that follows the tree's shape (Langfelder, Zhang & Horvath 2008)"));
        dynamic.setOnAction(e -> {
            commitTyped(minSize);
            commitTyped(deep);
            viewModel.cutDynamically(new TreeCut.Dynamic(method.getValue(), minSize.getValue(), deep.getValue()));
        });
        HBox controls = new HBox(8, new Label("Cut height"), height, new Label("K"), k, cut, nearest);
        for (var node : controls.getChildren()) {
            if (node instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        controls.setAlignment(Pos.CENTER_LEFT);
        // Two groups that wrap onto a second line rather than squeeze the side panel.
        FlowPane searches = new FlowPane(8, 4, group(new Label("Labels"), small(fromLabels), new Label("to"), small(toLabels), suggest),
                group(new Label("Dynamic cut"), method, new Label("min. tags"), small(minSize), new Label("deep split"),
                        small(deep), dynamic));
        searches.setMinWidth(0);
        Label hint = new Label("Drag the red line (↑/↓). Click a branch to split its cluster, Alt-click to merge it back. "
                + "Scroll to zoom, drag to pan, 0 to fit.");
        hint.setId("labels-hint");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(controls, searches, hint);
        setSpacing(2);
        setPadding(new Insets(4, 8, 4, 8));
        disableProperty().bind(viewModel.treeProperty().isNull());
    }

    /** Controls kept together on one line, each at its full width. */
    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(8, nodes);
        for (var node : nodes) {
            if (node instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static void showCount(Spinner<Integer> k, org.genreworkbench.labels.Clusters clusters) {
        if (clusters != null && clusters.count() >= 1) {
            k.getValueFactory().setValue(clusters.count());
        }
    }

    private static Spinner<Integer> small(Spinner<Integer> spinner) {
        spinner.setEditable(true);
        spinner.setPrefWidth(72);
        return spinner;
    }

    /** A number typed into the spinner counts even before it loses focus. */
    private static void commitTyped(Spinner<Integer> k) {
        try {
            k.getValueFactory().setValue(Integer.parseInt(k.getEditor().getText().trim()));
            k.getEditor().setText(Integer.toString(k.getValue()));
        } catch (NumberFormatException ex) {
            k.getEditor().setText(Integer.toString(k.getValue()));
        }
    }

    private static String format(double height) {
        return String.format(Locale.US, "%.4f", height);
    }
}
