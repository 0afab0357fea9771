package org.genreworkbench.ui.labels;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.LabelBalance;

/** The balance of the current labels, live while the cut moves: the numbers and a bar per cluster. */
final class BalancePanel extends VBox {
    private static final int MAX_BARS = 12;
    /** One label on more than half the labelled tracks makes a poor target: say so. */
    private static final double LOPSIDED = 0.5;

    private final Label clusters = value("balance-clusters");
    private final Label cardinality = value("balance-cardinality");
    private final Label density = value("balance-density");
    private final Label unlabelled = value("balance-unlabelled");
    private final Label largest = value("balance-largest");
    private final Label warning = new Label();
    private final Canvas bars = new Canvas(330, 20);

    BalancePanel(LabelsViewModel viewModel) {
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("balance-panel");
        Label title = new Label("Balance of the labels");
        title.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        row(grid, 0, "Clusters", clusters);
        row(grid, 1, "Labels per track", cardinality);
        row(grid, 2, "Label density", density);
        row(grid, 3, "Tracks with no label", unlabelled);
        row(grid, 4, "Largest label's share", largest);
        warning.setId("balance-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("balance-warning");
        getChildren().addAll(title, grid, warning, bars);
        viewModel.balanceProperty().addListener((obs, old, now) -> show(now, viewModel.clustersProperty().get(),
                viewModel.treeProperty().get() == null ? 0 : viewModel.treeProperty().get().incidence().tagCount()));
        show(null, null, 0);
    }

    private void show(LabelBalance balance, Clusters names, int tags) {
        if (balance == null || names == null) {
            for (Label l : List.of(clusters, cardinality, density, unlabelled, largest)) {
                l.setText("–");
            }
            warning.setVisible(false);
            warning.setManaged(false);
            drawBars(new int[0], List.of());
            return;
        }
        clusters.setText(String.format(Locale.US, "%d (of %,d tags)", balance.clusters(), tags));
        cardinality.setText(String.format(Locale.US, "%.2f", balance.cardinality()));
        density.setText(String.format(Locale.US, "%.3f", balance.density()));
        unlabelled.setText(String.format(Locale.US, "%,d", balance.unlabelledTracks()));
        largest.setText(String.format(Locale.US, "%.0f %%", balance.largestShare() * 100));
        boolean lopsided = balance.largestShare() > LOPSIDED && balance.clusters() > 1;
        warning.setText(lopsided ? String.format(Locale.US,
                "One label is on %.0f %% of the labelled tracks: lower the cut, or try complete or Ward linkage.",
                balance.largestShare() * 100) : "");
        warning.setVisible(lopsided);
        warning.setManaged(lopsided);
        drawBars(balance.trackCounts(), names.names());
    }

    /** The biggest clusters as horizontal bars, largest first. */
    private void drawBars(int[] counts, List<String> names) {
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -counts[i]));
        int shown = Math.min(MAX_BARS, counts.length);
        double rowHeight = 18;
        bars.setHeight(Math.max(20, shown * rowHeight + (counts.length > shown ? rowHeight : 0) + 4));
        GraphicsContext g = bars.getGraphicsContext2D();
        g.clearRect(0, 0, bars.getWidth(), bars.getHeight());
        int max = counts.length == 0 ? 1 : Math.max(1, counts[order[0]]);
        double labelWidth = 150;
        double barSpace = bars.getWidth() - labelWidth - 50;
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < shown; r++) {
            int c = order[r];
            double y = r * rowHeight + 2;
            g.setFill(Color.web("#333333"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(shorten(names.get(c), 24), labelWidth - 6, y + rowHeight / 2);
            g.setFill(ClusterColours.of(c));
            double width = Math.max(1, barSpace * counts[c] / max);
            g.fillRect(labelWidth, y + 3, width, rowHeight - 6);
            g.setFill(Color.web("#333333"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(String.format(Locale.US, "%,d", counts[c]), labelWidth + width + 4, y + rowHeight / 2);
        }
        if (counts.length > shown) {
            g.setFill(Color.GRAY);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("… and " + (counts.length - shown) + " smaller clusters", labelWidth, shown * rowHeight + 2 + rowHeight / 2);
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static void row(GridPane grid, int row, String name, Label value) {
        grid.add(new Label(name), 0, row);
        grid.add(value, 1, row);
    }
}
