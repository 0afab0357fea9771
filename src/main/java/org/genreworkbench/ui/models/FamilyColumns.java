package org.genreworkbench.ui.models;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;
import org.genreworkbench.ml.Comparison;

/**
 * The comparison table's grouping of a grid's models: a Family column naming each family once, on its first
 * row, a star on the best model of each family, and sorting that orders the models within their family.
 */
final class FamilyColumns {
    static final String BEST_MARK = " ★";

    private FamilyColumns() {
    }

    /** The Family column: the family's name on its first row, blank under it, as group rows read. */
    static TableColumn<Comparison.Row, String> family(ModelFamilies families) {
        TableColumn<Comparison.Row, String> column = new TableColumn<>("Family");
        column.setId("metric-family");
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(families.family(c.getValue().model())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String family, boolean empty) {
                super.updateItem(family, empty);
                int i = getIndex();
                TableView<Comparison.Row> table = getTableView();
                boolean first = !empty && family != null && (i == 0 || table == null || i > table.getItems().size() - 1
                        || !families.family(table.getItems().get(i - 1).model()).equals(family));
                setText(first ? family : null);
            }
        });
        return column;
    }

    /** The model's name, starred when it is the best of its family. */
    static String modelText(ModelFamilies families, String model) {
        return families.best(model) ? model + BEST_MARK : model;
    }

    /** Model cells that star the best of each family, saying by which metric. */
    static Callback<TableColumn<Comparison.Row, String>, TableCell<Comparison.Row, String>> modelCells(
            ModelFamilies families) {
        return col -> new TableCell<>() {
            @Override
            protected void updateItem(String model, boolean empty) {
                super.updateItem(model, empty);
                getStyleClass().remove("family-best");
                setTooltip(null);
                if (empty || model == null) {
                    setText(null);
                    return;
                }
                setText(modelText(families, model));
                if (families.best(model)) {
                    getStyleClass().add("family-best");
                    setTooltip(new Tooltip("Best of " + families.family(model) + " by " + families.by().label()));
                }
            }
        };
    }

    /** Sorting by a column orders each family's models and keeps the families together. */
    static Callback<TableView<Comparison.Row>, Boolean> sortPolicy(ModelFamilies families) {
        return table -> {
            FXCollections.sort(table.getItems(), families.order(table.getComparator()));
            return true;
        };
    }
}
