package org.genreworkbench.ui.labels;

import java.util.Arrays;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.genreworkbench.labels.LabelBalance;
import org.genreworkbench.labels.LabelSuggestions.Suggestion;

/**
 * The best schemes a search found, side by side under the tree: each with its figures and a bar of its
 * labels' sizes; Use makes it the current cut, still editable. Hidden until there is something to show.
 */
final class SuggestionStrip extends HBox {
    private static final double CARD_WIDTH = 236;

    SuggestionStrip(LabelsViewModel viewModel) {
        super(6);
        setId("labels-suggestions");
        setPadding(new Insets(4, 8, 6, 8));
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.suggestions()));
        managedProperty().bind(visibleProperty());
        viewModel.suggestions().addListener((ListChangeListener<Suggestion>) change -> {
            getChildren().clear();
            int rank = 1;
            for (Suggestion s : viewModel.suggestions()) {
                getChildren().add(card(viewModel, s, rank++));
            }
            Button close = new Button("×");
            close.setTooltip(new Tooltip("Hide the suggestions"));
            close.setOnAction(e -> viewModel.suggestions().clear());
            getChildren().add(close);
        });
    }

    private static VBox card(LabelsViewModel viewModel, Suggestion s, int rank) {
        LabelBalance b = s.balance();
        Label title = new Label(String.format(Locale.US, "%d. %s: %d labels", rank, kind(s), b.clusters()));
        title.getStyleClass().add("text-bold");
        // Counted over the tracks with kept tags (the ones a label can reach), where the balance panel counts all:
        // the words and the tooltip say so, or "no label 0.0 %" here reads against "11,232 with no label" there.
        Label figures = new Label(String.format(Locale.US, "%.2f labels per tagged track%nlargest %.0f %% · no label %.1f %%%nevenness %.2f",
                b.labelsPerTaggedTrack(), b.largestShare() * 100, b.unlabelledTaggedShare() * 100, b.evenness()));
        figures.setTooltip(new Tooltip(String.format(Locale.US, "Over the %,d tracks with kept genre tags, of %,d: "
                + "a track without tags gets no label under any cut", b.taggedTracks(), b.tracks())));
        figures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button use = new Button("Use");
        use.setId("labels-use-suggestion-" + rank);
        use.setOnAction(e -> viewModel.use(s));
        Label mark = new Label(s.balanced() ? "balanced" : "");
        mark.getStyleClass().add("text-success");
        HBox foot = new HBox(8, use, mark);
        VBox card = new VBox(3, title, figures, sizeBar(b.trackCounts()), foot);
        card.getStyleClass().add("suggestion-card");
        card.setStyle("-fx-border-color: #d0d7de; -fx-border-radius: 4; -fx-padding: 6;");
        card.setPrefWidth(CARD_WIDTH);
        card.setMinWidth(CARD_WIDTH);
        // On the title, not the whole card: a tooltip on the card wins over the figures' own wherever they overlap.
        title.setTooltip(new Tooltip(s.method()));
        HBox.setHgrow(card, Priority.NEVER);
        return card;
    }

    /** "Flat cut", "Dynamic cut" or "Branch splits", from how the suggestion was found. */
    private static String kind(Suggestion s) {
        return s.method().startsWith("flat") ? "Flat cut" : s.method().startsWith("dynamic") ? "Dynamic cut" : "Branch splits";
    }

    /** One bar split into the labels' track counts, largest first, in the labels' colours. */
    private static Canvas sizeBar(int[] counts) {
        Canvas bar = new Canvas(CARD_WIDTH - 14, 12);
        var g = bar.getGraphicsContext2D();
        long total = Arrays.stream(counts).asLongStream().sum();
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(counts[y], counts[x]));
        double x = 0;
        for (int c : order) {
            double w = total == 0 ? 0 : bar.getWidth() * counts[c] / total;
            g.setFill(ClusterColours.of(c));
            g.fillRect(x, 0, Math.max(0, w - 1), bar.getHeight());
            x += w;
        }
        g.setStroke(Color.web("#888888"));
        g.strokeRect(0.5, 0.5, bar.getWidth() - 1, bar.getHeight() - 1);
        return bar;
    }
}
