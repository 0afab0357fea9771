package org.genreworkbench.ui.data;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.genreworkbench.ingest.files.ImportReport;
import org.genreworkbench.ingest.files.Problem;
import org.genreworkbench.ui.text.FeatureText;

/**
 * The report of a finished import: the summary in wrapped lines, and the skipped rows in a table (file,
 * line, column, problem) whose problem text wraps, so nothing needs scrolling sideways. Its result is true
 * when the user asks to save the report.
 */
public final class ImportReportDialog {
    static final double WIDTH = 900;
    static final ButtonType SAVE = new ButtonType("Save report…", ButtonBar.ButtonData.LEFT);

    private ImportReportDialog() {
    }

    public static Dialog<Boolean> create(Window owner, ImportReport report) {
        Dialog<Boolean> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Import finished");
        dialog.setHeaderText("Import finished");
        dialog.setResizable(true);
        org.genreworkbench.ui.DialogSize.openAtPreferredSize(dialog);
        Label summary = new Label(report.summary());
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        VBox content = new VBox(10, summary);
        content.setPrefWidth(WIDTH);
        if (!report.problems().isEmpty()) {
            String shown = report.problems().size() < report.skipped()
                    ? "the first " + FeatureText.count(report.problems().size()) + " of " : "";
            content.getChildren().addAll(new Label("Skipped rows (" + shown + FeatureText.count(report.skipped()) + "):"),
                    problems(report));
            dialog.getDialogPane().getButtonTypes().add(SAVE);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.setResultConverter(button -> button == SAVE);
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private static TableView<Problem> problems(ImportReport report) {
        TableView<Problem> table = new TableView<>();
        table.setId("import-problems");
        table.getItems().setAll(report.problems());
        table.getColumns().add(column("File", Problem::file, 170));
        TableColumn<Problem, String> line = column("Line", p -> FeatureText.count(p.line()), 70);
        line.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(line);
        table.getColumns().add(column("Column", p -> p.column() == null ? "" : p.column(), 130));
        table.getColumns().add(column("Problem", Problem::message, 480));
        for (TableColumn<Problem, ?> c : table.getColumns()) {
            if (!c.getText().equals("Line")) {
                ((TableColumn<Problem, String>) c).setCellFactory(col -> new WrappingCell());
            }
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(Math.min(320, 40 + 30 * report.problems().size()));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<Problem, String> column(String title, Function<Problem, String> value, double width) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        return c;
    }

    /** A cell whose text wraps to the column's width, growing the row, instead of ending in "…". */
    static final class WrappingCell extends TableCell<Problem, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("wrapped-text");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }
}
