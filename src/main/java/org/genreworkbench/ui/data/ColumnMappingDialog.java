package org.genreworkbench.ui.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.genreworkbench.ingest.files.ColumnPreview;
import org.genreworkbench.ingest.files.Field;

/** The import's mapping step: each column with its first values and the field it will be read as. */
public final class ColumnMappingDialog {
    private ColumnMappingDialog() {
    }

    public static Optional<Map<String, Field>> show(Window owner, String file, List<ColumnPreview> columns) {
        Dialog<Map<String, Field>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Map columns");
        dialog.setHeaderText("How should the columns of " + file + " be read? Unknown columns are left out.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, bold("Column"), bold("Read as"), bold("First values"));
        Map<String, ChoiceBox<Field>> choices = new LinkedHashMap<>();
        int row = 1;
        for (ColumnPreview c : columns) {
            ChoiceBox<Field> field = new ChoiceBox<>();
            field.getItems().setAll(Field.values());
            field.setValue(c.suggested());
            choices.put(c.header(), field);
            String samples = String.join(" · ", c.samples().stream().map(s -> s.length() > 24 ? s.substring(0, 23) + "…" : s).toList());
            grid.addRow(row++, new Label(c.header()), field, new Label(samples));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefSize(760, Math.min(520, 60 + 34 * columns.size()));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Map<String, Field> mapping = new LinkedHashMap<>();
            choices.forEach((header, box) -> mapping.put(header, box.getValue()));
            return mapping;
        });
        return dialog.showAndWait();
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
