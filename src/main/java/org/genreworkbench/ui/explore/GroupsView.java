package org.genreworkbench.ui.explore;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.explore.CrossTabulation;
import org.genreworkbench.explore.GroupSummaries;
import org.genreworkbench.explore.GroupedRows;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.ui.Converters;
import org.genreworkbench.ui.text.FeatureText;

/**
 * The Groups view: above, one feature's count, mean, median and SD per group of a chosen grouping; below, two
 * groupings cross-tabulated as counts or row or column proportions. Both tables sort by any column (the total
 * row stays last) and export as CSV.
 */
final class GroupsView extends Tab {
    private final GroupsViewModel model;
    private final TableView<GroupSummaries.Group> summary = new TableView<>();
    private final TableView<CrossTabulation.Row> crossTab = new TableView<>();
    private final TableColumn<GroupSummaries.Group, String> groupColumn = new TableColumn<>("Group");
    private final ComboBox<String> feature = new ComboBox<>();
    private final Label summaryNote = note("group-summary-note");
    private final Label crossTabNote = note("group-crosstab-note");
    private final Label summaryPlaceholder = new Label("Summarising…");
    private final Label crossTabPlaceholder = new Label("Cross-tabulating…");

    GroupsView(GroupsViewModel model, ExportActions exports) {
        super("Groups");
        this.model = model;
        summary.setId("group-summary");
        crossTab.setId("group-crosstab");
        ChoiceBox<Grouping.Kind> grouping = kindChoice("group-by", model.groupingProperty());
        feature.setId("group-feature");
        feature.setVisibleRowCount(20);
        feature.setPrefWidth(190);
        feature.valueProperty().bindBidirectional(model.featureProperty());
        Button exportSummary = new Button("Export CSV…");
        exportSummary.setId("group-summary-export");
        exportSummary.setOnAction(e -> {
            GroupSummaries s = model.summariesProperty().get();
            exports.table("Export group summaries", "group-summaries.csv", s == null ? null : s.table());
        });
        groupColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        groupColumn.setMinWidth(180);
        summary.getColumns().add(groupColumn);
        summary.getColumns().add(numberColumn("Tracks", g -> g.tracks(), GroupsView::count));
        summary.getColumns().add(numberColumn("With a value", g -> stats(g).count(), GroupsView::count));
        summary.getColumns().add(statistic("Mean", GroupSummaries.Stats::mean));
        summary.getColumns().add(statistic("Median", GroupSummaries.Stats::median));
        summary.getColumns().add(statistic("SD", GroupSummaries.Stats::sd));
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.setPlaceholder(summaryPlaceholder);

        ChoiceBox<Grouping.Kind> rows = kindChoice("crosstab-rows", model.rowsProperty());
        ChoiceBox<Grouping.Kind> columns = kindChoice("crosstab-columns", model.columnsProperty());
        ChoiceBox<CrossTabulation.Cells> cells = new ChoiceBox<>(FXCollections.observableArrayList(
                CrossTabulation.Cells.values()));
        cells.setId("crosstab-cells");
        cells.valueProperty().bindBidirectional(model.cellsProperty());
        cells.setConverter(Converters.showing(c -> switch (c) {
            case COUNTS -> "Counts";
            case ROW_PROPORTIONS -> "Row proportions";
            case COLUMN_PROPORTIONS -> "Column proportions";
        }));
        Button exportCrossTab = new Button("Export CSV…");
        exportCrossTab.setId("group-crosstab-export");
        exportCrossTab.setOnAction(e -> {
            CrossTabulation c = model.crossTabProperty().get();
            exports.table("Export cross-tabulation", "cross-tabulation.csv",
                    c == null ? null : c.table(model.cellsProperty().get()));
        });
        crossTab.setPlaceholder(crossTabPlaceholder);
        crossTab.setSortPolicy(table -> {
            Comparator<CrossTabulation.Row> order = table.getComparator();
            if (order != null) {
                FXCollections.sort(table.getItems(), Comparator.comparing(CrossTabulation.Row::total).thenComparing(order));
            }
            return true;
        });

        VBox top = new VBox(6, new HBox(8, label("Summarise"), feature, label("by"), grouping, exportSummary),
                summaryNote, summary);
        VBox.setVgrow(summary, Priority.ALWAYS);
        VBox bottom = new VBox(6, new HBox(8, label("Cross-tabulate"), rows, label("against"), columns, cells,
                exportCrossTab), crossTabNote, crossTab);
        VBox.setVgrow(crossTab, Priority.ALWAYS);
        for (VBox box : new VBox[] {top, bottom}) {
            box.setPadding(new Insets(8));
            ((HBox) box.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        }
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setContent(split);

        model.summariesProperty().addListener((obs, old, now) -> showSummaries());
        model.featureProperty().addListener((obs, old, now) -> summary.refresh());
        model.crossTabProperty().addListener((obs, old, now) -> showCrossTab());
        model.cellsProperty().addListener((obs, old, now) -> showCrossTab());
        model.problemProperty().addListener((obs, old, now) -> showProblem(now));
        showSummaries();
        showCrossTab();
    }

    /** Fills the feature choice once the data has arrived. */
    void showFeatures() {
        String chosen = model.featureProperty().get();
        feature.getItems().setAll(model.features());
        model.featureProperty().set(chosen);
    }

    private void showSummaries() {
        GroupSummaries s = model.summariesProperty().get();
        if (s == null) {
            return;
        }
        groupColumn.setText(capitalised(GroupedRows.heading(s.grouping().kind())));
        summary.getItems().setAll(s.groups());
        summary.getSortOrder().clear();
        summaryNote.setText(model.summaryNote());
        summaryPlaceholder.setText(model.whyNoGroups().orElse("Summarising…"));
    }

    private void showCrossTab() {
        CrossTabulation c = model.crossTabProperty().get();
        if (c == null) {
            return;
        }
        CrossTabulation.Cells kind = model.cellsProperty().get();
        crossTab.getColumns().clear();
        TableColumn<CrossTabulation.Row, String> category = new TableColumn<>(
                capitalised(GroupedRows.heading(c.rows())) + " \\ " + GroupedRows.heading(c.columns()));
        category.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().category()));
        category.setMinWidth(Math.max(180, width(category.getText())));
        crossTab.getColumns().add(category);
        for (int i = 0; i < c.columnNames().size(); i++) {
            int at = i;
            crossTab.getColumns().add(numberColumn(c.columnNames().get(i), r -> r.values()[at],
                    kind == CrossTabulation.Cells.COUNTS ? GroupsView::count
                            : v -> String.format(Locale.US, "%.3f", v)));
        }
        crossTab.getItems().setAll(c.rows(kind));
        crossTabNote.setText(model.crossTabNote());
        crossTabPlaceholder.setText(model.whyNoCrossTab().orElse("Cross-tabulating…"));
    }

    private void showProblem(String problem) {
        if (!problem.isEmpty()) {
            summaryNote.setText(problem);
        }
    }

    private GroupSummaries.Stats stats(GroupSummaries.Group g) {
        return g.of(model.featureProperty().get());
    }

    private TableColumn<GroupSummaries.Group, Number> statistic(String title,
                                                                ToDoubleFunction<GroupSummaries.Stats> value) {
        return numberColumn(title, g -> value.applyAsDouble(stats(g)),
                v -> FeatureText.value(model.featureProperty().get(), v));
    }

    /** A right-aligned column that sorts by the number and shows it formatted. */
    private static <R> TableColumn<R, Number> numberColumn(String title, ToDoubleFunction<R> value,
                                                          java.util.function.DoubleFunction<String> text) {
        TableColumn<R, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item.doubleValue()));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setMinWidth(Math.max(80, width(title)));
        return c;
    }

    /** Enough for a heading whole: group names are other people's words and may be long. */
    private static double width(String text) {
        return text.length() * 8.5 + 28;
    }

    private static ChoiceBox<Grouping.Kind> kindChoice(String id, javafx.beans.property.ObjectProperty<Grouping.Kind> p) {
        ChoiceBox<Grouping.Kind> box = new ChoiceBox<>(FXCollections.observableArrayList(GroupsViewModel.KINDS));
        box.setId(id);
        box.valueProperty().bindBidirectional(p);
        box.setConverter(Converters.showing(k -> switch (k) {
            case NONE -> "No grouping";
            case PLAYLIST_GENRE -> "Playlist genre";
            case LABEL_SCHEME -> "Label (active scheme)";
            case TOP_TAGS -> "Top genre tags";
        }));
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label note(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    private static String count(double v) {
        return FeatureText.count((long) v);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
