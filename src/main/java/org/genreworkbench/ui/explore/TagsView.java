package org.genreworkbench.ui.explore;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genreworkbench.explore.TagStatistics;
import org.genreworkbench.export.ChartFiles;
import org.genreworkbench.ui.text.FeatureText;
import org.jfree.chart.fx.ChartViewer;

/** The Genre tags view: rank against frequency, tags per artist and per track, and a searchable tag table. */
final class TagsView extends Tab {
    private final ChartViewer rankFrequency = new ChartViewer(null);
    private final ChartViewer tagsPerArtist = new ChartViewer(null);
    private final ChartViewer tagsPerTrack = new ChartViewer(null);
    private final ObservableList<TagStatistics.TagCount> tags = FXCollections.observableArrayList();
    private final FilteredList<TagStatistics.TagCount> filtered = new FilteredList<>(tags);

    TagsView(ExportActions exports) {
        super("Genre tags");
        TextField filter = new TextField();
        filter.setPromptText("Search tags");
        filter.setId("explore-tag-filter");
        filter.textProperty().addListener((obs, old, now) -> {
            String q = now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(q.isEmpty() ? null : t -> t.tag().toLowerCase(Locale.ROOT).contains(q));
        });
        TableView<TagStatistics.TagCount> table = new TableView<>(filtered);
        table.setId("explore-tag-table");
        TableColumn<TagStatistics.TagCount, String> tag = new TableColumn<>("Tag");
        tag.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().tag()));
        tag.setPrefWidth(200);
        table.getColumns().add(tag);
        table.getColumns().add(countColumn("Artists", TagStatistics.TagCount::artists));
        table.getColumns().add(countColumn("Tracks", TagStatistics.TagCount::tracks));
        VBox side = new VBox(6, filter, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        side.setMinWidth(360);
        Button png = new Button("Rank–frequency PNG…");
        png.setOnAction(e -> exports.chart(rankFrequency.getChart(), ChartFiles.Format.PNG));
        GridPane charts = new GridPane();
        charts.add(rankFrequency, 0, 0, 2, 1);
        charts.add(tagsPerArtist, 0, 1);
        charts.add(tagsPerTrack, 1, 1);
        for (ChartViewer v : List.of(rankFrequency, tagsPerArtist, tagsPerTrack)) {
            GridPane.setHgrow(v, Priority.ALWAYS);
            GridPane.setVgrow(v, Priority.ALWAYS);
            v.setMinSize(200, 160);
        }
        BorderPane left = new BorderPane(charts);
        HBox top = new HBox(8, png);
        top.setPadding(new Insets(8, 8, 0, 8));
        left.setTop(top);
        SplitPane split = new SplitPane(left, side);
        split.setDividerPositions(0.68);
        setContent(split);
    }

    void show(TagStatistics statistics) {
        rankFrequency.setChart(Charts.rankFrequency(statistics));
        tagsPerArtist.setChart(Charts.distribution("Tags per artist", "tags", statistics.tagsPerArtist()));
        tagsPerTrack.setChart(Charts.distribution("Tags per track (from its artists)", "tags", statistics.tagsPerTrack()));
        tags.setAll(statistics.tags());
    }

    private static TableColumn<TagStatistics.TagCount, Integer> countColumn(
            String title, Function<TagStatistics.TagCount, Integer> value) {
        TableColumn<TagStatistics.TagCount, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : FeatureText.count(item));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(70);
        return c;
    }
}
