package org.genreworkbench.ui.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.genreworkbench.ingest.files.ColumnPreview;
import org.genreworkbench.ingest.files.Field;
import org.genreworkbench.ui.Converters;

/**
 * The import's mapping step: each column with the field it will be read as and its first values. The values
 * wrap within the dialog rather than being cut, and only the list of columns scrolls, up and down.
 */
public final class ColumnMappingDialog {
    static final double SAMPLES_WIDTH = 520;

    private ColumnMappingDialog() {
    }

    public static Optional<Map<String, Field>> show(Window owner, String file, String problem, List<ColumnPreview> columns) {
        return create(owner, file, problem, columns).showAndWait();
    }

    static Dialog<Map<String, Field>> create(Window owner, String file, List<ColumnPreview> columns) {
        return create(owner, file, null, columns);
    }

    /** @param problem why the file cannot be read as it is, shown above the columns; null when it can */
    static Dialog<Map<String, Field>> create(Window owner, String file, String problem, List<ColumnPreview> columns) {
        Dialog<Map<String, Field>> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Map columns");
        dialog.setHeaderText("How should the columns of " + file + " be read? Columns left out are not imported.");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8);
        if (problem != null) {
            // Why the file was refused as it is: which column is missing, its header and the nearest fields.
            Label why = new Label(problem);
            why.setId("mapping-problem");
            why.setWrapText(true);
            why.setMinHeight(Label.USE_PREF_SIZE);
            why.setStyle("-fx-text-fill: -color-danger-fg;");
            content.getChildren().add(why);
        }
        dialog.setResizable(true);
        org.genreworkbench.ui.DialogSize.openAtPreferredSize(dialog);
        GridPane grid = new GridPane();
        grid.setId("mapping-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints samplesColumn = new ColumnConstraints();
        samplesColumn.setPrefWidth(SAMPLES_WIDTH);
        samplesColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), samplesColumn);
        grid.addRow(0, bold("Column"), bold("Read as"), bold("First values"));
        Map<String, ChoiceBox<Field>> choices = new LinkedHashMap<>();
        int row = 1;
        for (ColumnPreview c : columns) {
            ChoiceBox<Field> field = new ChoiceBox<>();
            field.getItems().setAll(Field.values());
            field.setConverter(Converters.showing(Field::label));
            field.setValue(c.suggested());
            // As wide as the longest field name, whichever is chosen: "Artist names" never shows as "Artis…".
            field.setPrefWidth(190);
            field.setMinWidth(Label.USE_PREF_SIZE);
            choices.put(c.header(), field);
            Label header = new Label(c.header() + (c.nearest().isEmpty() ? ""
                    : "\nnearest: " + String.join(", ", c.nearest().stream().map(Field::label).toList())));
            header.setMinWidth(Label.USE_PREF_SIZE);
            header.setMinHeight(Label.USE_PREF_SIZE);
            Label samples = new Label(String.join("  ·  ", c.samples()));
            samples.setWrapText(true);
            samples.setMinHeight(Label.USE_PREF_SIZE);
            samples.setMaxWidth(SAMPLES_WIDTH);
            GridPane.setValignment(samples, VPos.TOP);
            GridPane.setValignment(header, VPos.TOP);
            GridPane.setValignment(field, VPos.TOP);
            grid.addRow(row++, header, field, samples);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefHeight(Math.min(480, 60 + 40 * columns.size()));
        content.getChildren().add(scroll);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(980);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Map<String, Field> mapping = new LinkedHashMap<>();
            choices.forEach((header, box) -> mapping.put(header, box.getValue()));
            return mapping;
        });
        return dialog;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
