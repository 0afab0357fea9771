package org.genreworkbench.ui.explore;

import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.FeatureSummary;
import org.genreworkbench.ui.text.FeatureText;

/** The Summary view: one row of statistics per numeric feature, and the counts of the coded features. */
final class SummaryView extends Tab {
    private final TableView<FeatureSummary> table = new TableView<>();
    private final TextArea categories = new TextArea();

    SummaryView(ExportActions exports) {
        super("Summary");
        table.setId("explore-summary");
        TableColumn<FeatureSummary, String> feature = column("Feature", FeatureSummary::feature);
        // Wide enough for "instrumentalness" and "artist_popularity" whole.
        feature.setMinWidth(170);
        table.getColumns().add(feature);
        table.getColumns().add(column("Count", s -> FeatureText.count(s.count())));
        table.getColumns().add(column("Missing", s -> FeatureText.count(s.missing())));
        table.getColumns().add(statistic("Mean", FeatureSummary::mean));
        table.getColumns().add(statistic("SD", FeatureSummary::sd));
        table.getColumns().add(statistic("Min", FeatureSummary::min));
        table.getColumns().add(statistic("25 %", FeatureSummary::q1));
        table.getColumns().add(statistic("Median", FeatureSummary::median));
        table.getColumns().add(statistic("75 %", FeatureSummary::q3));
        table.getColumns().add(statistic("Max", FeatureSummary::max));
        // Skewness has no unit: three decimals like any ratio.
        table.getColumns().add(column("Skewness", s -> FeatureText.value("skewness", s.skewness())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        categories.setId("explore-categories");
        categories.setEditable(false);
        categories.setWrapText(true);
        categories.setPrefRowCount(6);
        Button copy = new Button("Copy as CSV");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(SummaryCsv.text(table.getItems()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> exports.text("Export summary", "summary.csv", SummaryCsv.text(table.getItems())));
        Label note = new Label("Undefined: the statistic does not exist for this data (a constant or empty column).");
        note.getStyleClass().add("text-muted");
        note.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, new HBox(8, copy, export, note), table,
                new Label("Coded features (value: tracks)"), categories);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        setContent(box);
    }

    void show(ExploreData data) {
        table.getItems().setAll(data.summary());
        categories.setText(String.join("\n", CodedFeatureLines.of(data)));
    }

    private static TableColumn<FeatureSummary, String> statistic(String title, ToDoubleFunction<FeatureSummary> value) {
        return column(title, s -> FeatureText.value(s.feature(), value.applyAsDouble(s)));
    }

    private static TableColumn<FeatureSummary, String> column(String title,
                                                              java.util.function.Function<FeatureSummary, String> value) {
        TableColumn<FeatureSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setMinWidth(80);
        if (!title.equals("Feature")) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }
}
