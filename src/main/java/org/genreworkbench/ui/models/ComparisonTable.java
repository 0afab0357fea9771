package org.genreworkbench.ui.models;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.ml.Metrics;

/**
 * One row per model, one column per metric as mean ± sd over folds. The best value of each column is bold;
 * against the baseline, ▲ marks a significantly better and ▼ a significantly worse result. Columns sort by
 * their mean and can be hidden from the menu at the top right.
 */
final class ComparisonTable extends TableView<Comparison.Row> {

    ComparisonTable() {
        setId("comparison-table");
        setTableMenuButtonVisible(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new javafx.scene.control.Label("Run an experiment, or open one kept in the workspace."));
        getStyleClass().add("comparison-table");
    }

    /** @param singleSplit true for a holdout run, whose cells have no spread */
    void show(List<String> metrics, List<Comparison.Row> rows, boolean singleSplit) {
        getColumns().clear();
        TableColumn<Comparison.Row, String> model = new TableColumn<>("Model");
        model.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().model()));
        model.setPrefWidth(180);
        getColumns().add(model);
        for (String metric : metrics) {
            getColumns().add(metricColumn(metric, rows, singleSplit));
        }
        TableColumn<Comparison.Row, String> wtl = new TableColumn<>("W / T / L");
        wtl.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().wins() + " / " + c.getValue().ties()
                + " / " + c.getValue().losses()));
        wtl.setPrefWidth(80);
        getColumns().add(wtl);
        getItems().setAll(rows);
    }

    private static TableColumn<Comparison.Row, Comparison.Cell> metricColumn(String metric, List<Comparison.Row> rows,
                                                                           boolean single) {
        TableColumn<Comparison.Row, Comparison.Cell> column = new TableColumn<>(title(metric));
        column.setId("metric-" + metric);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(metric)));
        column.setComparator(Comparator.comparingDouble(Comparison.Cell::mean));
        boolean lower = Metrics.lowerIsBetter(metric);
        double best = rows.stream().mapToDouble(r -> r.cells().get(metric).mean())
                .reduce(lower ? Double.MAX_VALUE : -Double.MAX_VALUE, lower ? Math::min : Math::max);
        boolean time = metric.endsWith("_ms");
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Comparison.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().removeAll("best", "better", "worse");
                setTooltip(null);
                if (empty || cell == null) {
                    setText(null);
                    return;
                }
                String mark = switch (cell.verdict()) {
                    case BETTER -> " ▲";
                    case WORSE -> " ▼";
                    default -> "";
                };
                // One split has no spread to show.
                String sd = single ? "" : String.format(Locale.US, time ? " ± %.0f" : " ± %.4f", cell.sd());
                setText(String.format(Locale.US, time ? "%.0f" : "%.4f", cell.mean()) + sd + mark);
                if (cell.mean() == best) {
                    getStyleClass().add("best");
                }
                if (cell.verdict() == Comparison.Verdict.BETTER) {
                    getStyleClass().add("better");
                    setTooltip(new Tooltip("Significantly better than the baseline (corrected resampled t-test, α 0.05)"));
                } else if (cell.verdict() == Comparison.Verdict.WORSE) {
                    getStyleClass().add("worse");
                    setTooltip(new Tooltip("Significantly worse than the baseline (corrected resampled t-test, α 0.05)"));
                }
            }
        });
        column.setPrefWidth(time ? 100 : 130);
        return column;
    }

    static String title(String metric) {
        return switch (metric) {
            case Metrics.HAMMING_LOSS -> "Hamming loss ↓";
            case Metrics.EXACT_MATCH -> "Exact match";
            case Metrics.JACCARD -> "Jaccard";
            case Metrics.F1_MICRO -> "F1 micro";
            case Metrics.F1_MACRO_LABEL -> "F1 macro (label)";
            case Metrics.F1_MACRO_EXAMPLE -> "F1 macro (example)";
            case Metrics.PRECISION -> "Precision";
            case Metrics.RECALL -> "Recall";
            case Metrics.LOG_LOSS -> "Log loss ↓";
            case Metrics.ACCURACY -> "Accuracy";
            case "train_ms" -> "Train ms ↓";
            case "test_ms" -> "Test ms ↓";
            default -> metric;
        };
    }
}
