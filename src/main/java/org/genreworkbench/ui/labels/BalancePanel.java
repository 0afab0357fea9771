package org.genreworkbench.ui.labels;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.labels.LabelBalance;

/**
 * The balance of the current labels, live while the cut moves: how many, labels per track, density, tracks
 * left without a label, the largest label's share, and advice when one label swamps the rest. The bar per
 * cluster is in the clusters table below.
 */
final class BalancePanel extends VBox {
    private final Label clusters = value("balance-clusters");
    private final Label cardinality = value("balance-cardinality");
    private final Label density = value("balance-density");
    private final Label unlabelled = value("balance-unlabelled");
    private final Label largest = value("balance-largest");
    private final Label tagsOf = new Label("clusters");
    private final Label warning = new Label();

    BalancePanel(LabelsViewModel viewModel) {
        setSpacing(4);
        setPadding(new Insets(0, 0, 4, 0));
        getStyleClass().add("balance-panel");
        // Each figure with its words, wrapping as the panel narrows rather than cutting either.
        FlowPane figures = new FlowPane(14, 2, figure(clusters, tagsOf), figure(cardinality, "labels per track"),
                figure(unlabelled, "tracks with no label"), figure(density, "label density"),
                figure(largest, "of labelled tracks carry the largest label"));
        warning.setId("balance-warning");
        warning.setWrapText(true);
        // A wrapped label in a box is otherwise given one line's height and cut.
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.getStyleClass().add("balance-warning");
        warning.textProperty().bind(viewModel.warningProperty());
        warning.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        getChildren().addAll(figures, warning);
        viewModel.balanceProperty().addListener((obs, old, now) -> show(now,
                viewModel.clustersProperty().get() == null ? 0 : viewModel.clustersProperty().get().clusterOfTag().length));
        show(null, 0);
    }

    private void show(LabelBalance balance, int tags) {
        if (balance == null) {
            for (Label l : List.of(clusters, cardinality, density, unlabelled, largest)) {
                l.setText("–");
            }
            return;
        }
        clusters.setText(Integer.toString(balance.clusters()));
        tagsOf.setText(String.format(Locale.US, "clusters of %,d tags", tags));
        cardinality.setText(String.format(Locale.US, "%.2f", balance.cardinality()));
        density.setText(String.format(Locale.US, "%.3f", balance.density()));
        unlabelled.setText(String.format(Locale.US, "%,d", balance.unlabelledTracks()));
        largest.setText(String.format(Locale.US, "%.0f %%", balance.largestShare() * 100));
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static HBox figure(Label value, String words) {
        return figure(value, new Label(words));
    }

    private static HBox figure(Label value, Label words) {
        HBox box = new HBox(4, value, words);
        for (Label l : List.of(value, words)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        return box;
    }
}
