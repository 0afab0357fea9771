package org.genreworkbench.ui.data;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.ui.HeldModels;

/**
 * The Data table's column of predicted labels: for each track a model predicted, its labels with their
 * probabilities ("rock 0.91, pop 0.62"); empty for the others. Shown only while there are predictions, headed with
 * the model that made them; sorted by the most probable label's probability.
 */
final class PredictionColumn {
    private PredictionColumn() {
    }

    static void addTo(TableView<TrackRow> table, HeldModels held) {
        TableColumn<TrackRow, Shown> column = new TableColumn<>("Predicted");
        column.setId("tracks-predicted");
        column.setPrefWidth(300);
        column.setCellValueFactory(cell -> {
            Predictions predictions = held.predictionsProperty().get();
            return new ReadOnlyObjectWrapper<>(predictions == null ? null
                    : predictions.of(cell.getValue().track().id())
                    .map(p -> new Shown(p.describe(predictions.labels()), p.confidence())).orElse(null));
        });
        column.setComparator(Comparator.nullsLast(Comparator.comparingDouble(Shown::confidence).reversed()));
        column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Shown item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null;
                setText(blank ? null : item.text());
                setTooltip(blank ? null : new javafx.scene.control.Tooltip(item.text()));
            }
        });
        show(table, column, held.predictionsProperty().get());
        held.predictionsProperty().addListener((obs, old, now) -> show(table, column, now));
        table.getColumns().add(column);
    }

    private static void show(TableView<TrackRow> table, TableColumn<TrackRow, Shown> column, Predictions now) {
        column.setVisible(now != null);
        column.setText(now == null ? "Predicted" : "Predicted by " + now.model());
        table.refresh();
    }

    /** A cell's text and the probability it sorts by. */
    record Shown(String text, double confidence) {
    }
}
