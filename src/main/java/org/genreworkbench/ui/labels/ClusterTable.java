package org.genreworkbench.ui.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.shape.Rectangle;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.LabelBalance;

/**
 * The clusters as rows: name, number of tags, tracks with a bar in the cluster's colour (the balance at a
 * glance), and the best known tags. Refilled whenever the balance changes.
 */
final class ClusterTable extends TableView<ClusterRow> {
    private static final double BAR_WIDTH = 56;
    private final TableColumn<ClusterRow, String> name;
    private final TableColumn<ClusterRow, String> top;
    private final TableColumn<ClusterRow, Integer> tags;
    private final TableColumn<ClusterRow, ClusterRow> tracks;

    ClusterTable(LabelsViewModel viewModel) {
        setId("labels-clusters");
        // The theme's dense rows: more clusters in view.
        getStyleClass().add("dense");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new Label("No clusters yet"));
        name = column("Label", ClusterRow::name, 140);
        name.setCellFactory(c -> withTooltip());
        tags = column("Tags", ClusterRow::tags, 48);
        TableColumn<ClusterRow, String> f1 = column("F1", row -> row.f1() == null ? "–" : String.format(Locale.US, "%.2f", row.f1()), 56);
        f1.setId("labels-f1-column");
        tracks = column("Tracks", row -> row, 118);
        tracks.setCellFactory(c -> new TrackBarCell());
        top = column("Top tags", ClusterRow::topTags, 260);
        top.setCellFactory(c -> withTooltip());
        getColumns().addAll(List.of(name, f1, tracks, tags, top));
        // The balance is set after the clusters, so by then both are current.
        viewModel.balanceProperty().addListener((obs, old, now) -> fill(viewModel.clustersProperty().get(), now,
                viewModel.labelF1Property().get()));
        viewModel.labelF1Property().addListener((obs, old, now) -> fill(viewModel.clustersProperty().get(),
                viewModel.balanceProperty().get(), now));
    }

    List<Integer> selectedClusters() {
        return getSelectionModel().getSelectedItems().stream().map(ClusterRow::index).toList();
    }

    private void fill(Clusters clusters, LabelBalance balance, java.util.Map<String, Double> f1) {
        List<ClusterRow> rows = new ArrayList<>();
        if (clusters != null && balance != null) {
            int largest = 1;
            for (int count : balance.trackCounts()) {
                largest = Math.max(largest, count);
            }
            for (int c = 0; c < clusters.count(); c++) {
                List<String> tags = clusters.tagsOf(c);
                rows.add(new ClusterRow(c, clusters.names().get(c), tags.size(), balance.trackCounts()[c],
                        (double) balance.trackCounts()[c] / largest, f1.get(clusters.names().get(c)), String.join(", ", tags.subList(0, Math.min(5, tags.size())))));
            }
        }
        getItems().setAll(rows);
        // Columns as wide as their longest text: the table scrolls sideways rather than cut a name.
        fitWidth(name, rows.stream().map(ClusterRow::name), 0);
        fitWidth(top, rows.stream().map(ClusterRow::topTags), 0);
        fitWidth(tags, rows.stream().map(r -> Integer.toString(r.tags())), 0);
        fitWidth(tracks, rows.stream().map(r -> String.format(Locale.US, "%,d", r.tracks())), BAR_WIDTH + 4);
    }

    /** Sets the column as wide as its widest text (and header) at the theme's 14 px, plus {@code extra}. */
    private static void fitWidth(TableColumn<ClusterRow, ?> column, java.util.stream.Stream<String> texts, double extra) {
        Text probe = new Text();
        probe.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 14));
        double widest = 0;
        for (String t : (Iterable<String>) java.util.stream.Stream.concat(java.util.stream.Stream.of(column.getText()), texts)::iterator) {
            probe.setText(t);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // Cell padding and the sort arrow's room in the header.
        column.setPrefWidth(Math.ceil(widest * 1.08 + extra + 32));
    }

    /** The track count beside a bar as long as its share of the largest cluster. */
    private static final class TrackBarCell extends TableCell<ClusterRow, ClusterRow> {
        private final Rectangle bar = new Rectangle(1, 10);
        /** Holds the bar in a fixed width, so the counts line up. */
        private final Pane holder = new Pane(bar);

        TrackBarCell() {
            holder.setMinWidth(BAR_WIDTH);
            holder.setPrefWidth(BAR_WIDTH);
            holder.setMaxWidth(BAR_WIDTH);
            setContentDisplay(ContentDisplay.LEFT);
            setGraphicTextGap(4);
            setAlignment(Pos.CENTER_LEFT);
            setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ClusterRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            bar.setWidth(Math.max(1, BAR_WIDTH * row.share()));
            bar.setFill(ClusterColours.of(row.index()));
            setGraphic(holder);
            setText(String.format(Locale.US, "%,d", row.tracks()));
        }
    }

    /** Text cells whose whole text shows on hover when the column is too narrow for it. */
    private static <T> TableCell<ClusterRow, T> withTooltip() {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                setTooltip(empty || item == null ? null : new Tooltip(item.toString()));
            }
        };
    }

    private static <T> TableColumn<ClusterRow, T> column(String title, Function<ClusterRow, T> value, double width) {
        TableColumn<ClusterRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
