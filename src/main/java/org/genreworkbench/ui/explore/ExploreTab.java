package org.genreworkbench.ui.explore;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.explore.DensityGrid;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.FeatureSummary;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.explore.TagStatistics;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Explore tab: summary statistics, histograms (one feature or all at once), the correlation heatmap with
 * its scatter plots, and the genre tags' sparsity, all from statistics computed in the background.
 */
public final class ExploreTab extends Tab {
    private final WorkbenchContext context;
    private final ExploreViewModel viewModel;
    private final TableView<FeatureSummary> summary = new TableView<>();
    private final TextArea categories = new TextArea();
    private final ChartViewer histogram = new ChartViewer(null);
    private final GridPane multiples = new GridPane();
    private final ToggleButton allFeatures = new ToggleButton("All features");
    private final HeatmapView heatmap = new HeatmapView();
    private final ScatterView scatter = new ScatterView();
    private final ChartViewer rankFrequency = new ChartViewer(null);
    private final ChartViewer tagsPerArtist = new ChartViewer(null);
    private final ChartViewer tagsPerTrack = new ChartViewer(null);
    private final TableView<TagStatistics.TagCount> tagTable = new TableView<>();
    private final TextField tagFilter = new TextField();
    private final javafx.scene.control.ComboBox<String> featureChoice = new javafx.scene.control.ComboBox<>();

    public ExploreTab(WorkbenchContext context) {
        super("Explore");
        setClosable(false);
        this.context = context;
        this.viewModel = new ExploreViewModel(context);
        TabPane views = new TabPane(summaryView(), histogramView(), correlationView(), tagsView());
        views.setId("explore-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setContent(views);
        viewModel.dataProperty().addListener((obs, old, now) -> showData(now));
        for (var p : List.of(viewModel.featureProperty(), viewModel.binsProperty(), viewModel.logScaleProperty(),
                viewModel.densityProperty(), viewModel.proportionsProperty(), viewModel.groupingProperty())) {
            p.addListener((obs, old, now) -> showHistogram());
        }
        viewModel.spearmanProperty().addListener((obs, old, now) -> showHeatmap());
        viewModel.reorderProperty().addListener((obs, old, now) -> showHeatmap());
        viewModel.scatterPairProperty().addListener((obs, old, now) -> showScatter());
        heatmap.onCellClicked(viewModel::openScatter);
        showData(viewModel.dataProperty().get());
    }

    public ExploreViewModel viewModel() {
        return viewModel;
    }

    private Tab summaryView() {
        summary.setId("explore-summary");
        summary.getColumns().add(column("Feature", FeatureSummary::feature));
        summary.getColumns().add(column("Count", s -> String.format(Locale.US, "%,d", s.count())));
        summary.getColumns().add(column("Missing", s -> String.format(Locale.US, "%,d", s.missing())));
        summary.getColumns().add(column("Mean", s -> num(s.mean())));
        summary.getColumns().add(column("SD", s -> num(s.sd())));
        summary.getColumns().add(column("Min", s -> num(s.min())));
        summary.getColumns().add(column("25 %", s -> num(s.q1())));
        summary.getColumns().add(column("Median", s -> num(s.median())));
        summary.getColumns().add(column("75 %", s -> num(s.q3())));
        summary.getColumns().add(column("Max", s -> num(s.max())));
        summary.getColumns().add(column("Skewness", s -> num(s.skewness())));
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        categories.setEditable(false);
        categories.setPrefRowCount(6);
        Button copy = new Button("Copy as CSV");
        copy.setOnAction(e -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.putString(SummaryCsv.text(summary.getItems()));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> context.dialogs().chooseFileToSave("Export summary", "summary.csv", List.of("csv"))
                .ifPresent(file -> write(file, SummaryCsv.text(summary.getItems()))));
        Label note = new Label("Undefined: the statistic does not exist for this data (a constant or empty column).");
        note.getStyleClass().add("text-muted");
        VBox box = new VBox(8, new HBox(8, copy, export, note), summary, new Label("Categorical features (value: tracks)"),
                categories);
        VBox.setVgrow(summary, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return new Tab("Summary", box);
    }

    private Tab histogramView() {
        javafx.scene.control.ComboBox<String> feature = featureChoice;
        feature.setVisibleRowCount(20);
        feature.setId("explore-feature");
        feature.valueProperty().bindBidirectional(viewModel.featureProperty());
        Slider bins = new Slider(1, 200, 30);
        bins.setId("explore-bins");
        bins.setPrefWidth(160);
        bins.valueProperty().addListener((obs, old, now) -> viewModel.binsProperty().set(now.intValue()));
        viewModel.binsProperty().addListener((obs, old, now) -> bins.setValue(now.doubleValue()));
        Label binCount = new Label();
        binCount.textProperty().bind(viewModel.binsProperty().asString("%d bins"));
        CheckBox log = new CheckBox("Log scale");
        log.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
        CheckBox density = new CheckBox("Density curve");
        density.selectedProperty().bindBidirectional(viewModel.densityProperty());
        CheckBox proportions = new CheckBox("Proportions");
        proportions.selectedProperty().bindBidirectional(viewModel.proportionsProperty());
        ChoiceBox<Grouping.Kind> grouping = new ChoiceBox<>();
        grouping.getItems().setAll(Grouping.Kind.values());
        grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());
        grouping.setConverter(org.genreworkbench.ui.Converters.showing(k -> switch (k) {
            case NONE -> "No grouping";
            case PLAYLIST_GENRE -> "By playlist genre";
            case LABEL_SCHEME -> "By label (active scheme)";
            case TOP_TAGS -> "By top genre tags";
        }));
        allFeatures.setId("explore-all-features");
        allFeatures.selectedProperty().addListener((obs, old, now) -> showHistogram());
        Button png = new Button("PNG…");
        png.setOnAction(e -> exportChart(histogram.getChart(), "png"));
        Button svg = new Button("SVG…");
        svg.setOnAction(e -> exportChart(histogram.getChart(), "svg"));
        HBox controls = new HBox(8, new Label("Feature"), feature, bins, binCount, log, density, proportions, grouping,
                allFeatures, png, svg);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));
        histogram.setId("explore-histogram");
        multiples.setHgap(4);
        multiples.setVgap(4);
        BorderPane pane = new BorderPane(histogram);
        pane.setTop(controls);
        allFeatures.selectedProperty().addListener((obs, old, now) -> pane.setCenter(now ? multiples : histogram));
        return new Tab("Histograms", pane);
    }

    private Tab correlationView() {
        ChoiceBox<String> method = new ChoiceBox<>();
        method.getItems().setAll("Pearson", "Spearman");
        method.setValue("Pearson");
        method.valueProperty().addListener((obs, old, now) -> viewModel.spearmanProperty().set("Spearman".equals(now)));
        CheckBox reorder = new CheckBox("Group correlated features");
        reorder.selectedProperty().bindBidirectional(viewModel.reorderProperty());
        Button png = new Button("Heatmap PNG…");
        png.setOnAction(e -> exportNode(heatmap, "heatmap.png"));
        Button scatterPng = new Button("Scatter PNG…");
        scatterPng.setOnAction(e -> exportNode(scatter, "scatter.png"));
        Label hint = new Label("Click a cell to plot its two features.");
        hint.getStyleClass().add("text-muted");
        HBox controls = new HBox(8, new Label("Correlation"), method, reorder, png, scatterPng, hint);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));
        SplitPane split = new SplitPane(heatmap, scatter);
        split.setDividerPositions(0.58);
        BorderPane pane = new BorderPane(split);
        pane.setTop(controls);
        return new Tab("Correlations", pane);
    }

    private Tab tagsView() {
        tagFilter.setPromptText("Search tags");
        tagFilter.setId("explore-tag-filter");
        tagTable.getColumns().add(tagColumn("Tag", TagStatistics.TagCount::tag, 200));
        tagTable.getColumns().add(tagColumn("Artists", TagStatistics.TagCount::artists, 70));
        tagTable.getColumns().add(tagColumn("Tracks", TagStatistics.TagCount::tracks, 70));
        VBox table = new VBox(6, tagFilter, tagTable);
        VBox.setVgrow(tagTable, Priority.ALWAYS);
        table.setPadding(new Insets(8));
        table.setMinWidth(300);
        Button png = new Button("Rank–frequency PNG…");
        png.setOnAction(e -> exportChart(rankFrequency.getChart(), "png"));
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
        left.setTop(new HBox(8, png));
        SplitPane split = new SplitPane(left, table);
        split.setDividerPositions(0.68);
        return new Tab("Genre tags", split);
    }

    private void showData(ExploreData data) {
        if (data == null) {
            return;
        }
        summary.getItems().setAll(data.summary());
        StringBuilder text = new StringBuilder();
        data.categoryCounts().forEach((name, counts) -> {
            text.append(name).append(": ");
            counts.forEach((value, count) -> text.append(Double.isNaN(value) ? "missing" : fmtCategory(name, value))
                    .append(" ").append(String.format(Locale.US, "%,d", count)).append("  "));
            text.append('\n');
        });
        categories.setText(text.toString());
        String current = viewModel.featureProperty().get();
        featureChoice.getItems().setAll(data.columns().numericNames());
        viewModel.featureProperty().set(current);
        showHistogram();
        showHeatmap();
        showTags(data.tags());
    }

    private void showHistogram() {
        ExploreData data = viewModel.dataProperty().get();
        if (data == null || !data.sorted().containsKey(viewModel.featureProperty().get())) {
            return;
        }
        Map<String, int[]> groups = viewModel.groups();
        if (allFeatures.isSelected()) {
            multiples.getChildren().clear();
            List<String> names = data.columns().numericNames();
            int columns = 4;
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                boolean log = "artist_followers".equals(n) || "duration_ms".equals(n);
                ChartViewer v = new ChartViewer(Charts.histogram(data, n, viewModel.defaultBins(n), log,
                        viewModel.densityProperty().get(), viewModel.proportionsProperty().get(), groups, true));
                v.setPrefSize(300, 180);
                GridPane.setHgrow(v, Priority.ALWAYS);
                GridPane.setVgrow(v, Priority.ALWAYS);
                multiples.add(v, i % columns, i / columns);
            }
            return;
        }
        histogram.setChart(Charts.histogram(data, viewModel.featureProperty().get(), viewModel.binsProperty().get(),
                viewModel.logScaleProperty().get(), viewModel.densityProperty().get(),
                viewModel.proportionsProperty().get(), groups, false));
    }

    private void showHeatmap() {
        ExploreData data = viewModel.dataProperty().get();
        if (data != null) {
            heatmap.show(viewModel.spearmanProperty().get() ? data.spearman() : data.pearson(),
                    viewModel.reorderProperty().get());
        }
    }

    private void showScatter() {
        ExploreData data = viewModel.dataProperty().get();
        String[] pair = viewModel.scatterPairProperty().get();
        if (data != null && pair != null) {
            scatter.show(pair[0], pair[1], DensityGrid.of(data.columns().column(pair[0]), data.columns().column(pair[1]), 80));
        }
    }

    private void showTags(TagStatistics tags) {
        rankFrequency.setChart(Charts.rankFrequency(tags));
        tagsPerArtist.setChart(Charts.distribution("Tags per artist", "tags", tags.tagsPerArtist()));
        tagsPerTrack.setChart(Charts.distribution("Tags per track (from its artists)", "tags", tags.tagsPerTrack()));
        FilteredList<TagStatistics.TagCount> filtered = new FilteredList<>(javafx.collections.FXCollections.observableList(tags.tags()));
        tagFilter.textProperty().addListener((obs, old, now) -> {
            String q = now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(q.isEmpty() ? null : t -> t.tag().toLowerCase(Locale.ROOT).contains(q));
        });
        tagTable.setItems(filtered);
    }

    private void exportChart(JFreeChart chart, String kind) {
        if (chart == null) {
            return;
        }
        context.dialogs().chooseFileToSave("Export chart", "chart." + kind, List.of(kind)).ifPresent(file ->
                BackgroundTask.of("Exporting " + file.getFileName(), ctx -> {
                            if (kind.equals("svg")) {
                                ChartExport.svg(chart, file);
                            } else {
                                ChartExport.png(chart, file);
                            }
                            return file;
                        })
                        .onFailure(err -> context.dialogs().showError("Could not export the chart", err.getMessage()))
                        .executeWith(context.executor()));
    }

    private void exportNode(Region node, String suggested) {
        context.dialogs().chooseFileToSave("Export picture", suggested, List.of("png")).ifPresent(file -> {
            var image = ChartExport.snapshot(node);
            BackgroundTask.of("Exporting " + file.getFileName(), ctx -> {
                        ChartExport.png(image, file);
                        return file;
                    })
                    .onFailure(err -> context.dialogs().showError("Could not export the picture", err.getMessage()))
                    .executeWith(context.executor());
        });
    }

    private void write(Path file, String text) {
        BackgroundTask.of("Exporting " + file.getFileName(), ctx -> {
                    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        out.write(text);
                    }
                    return file;
                })
                .onFailure(err -> context.dialogs().showError("Could not export", err.getMessage()))
                .executeWith(context.executor());
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        return Math.abs(v) >= 10_000 ? String.format(Locale.US, "%,.0f", v) : String.format(Locale.US, "%.4f", v);
    }

    private static String fmtCategory(String name, double value) {
        return name.equals("explicit") ? (value == 1 ? "yes" : "no") : Long.toString((long) value);
    }

    private static TableColumn<FeatureSummary, String> column(String title, Function<FeatureSummary, String> value) {
        TableColumn<FeatureSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        if (!title.equals("Feature")) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    private static <T> TableColumn<TagStatistics.TagCount, T> tagColumn(String title,
                                                                        Function<TagStatistics.TagCount, T> value,
                                                                        double width) {
        TableColumn<TagStatistics.TagCount, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
