package org.genreworkbench.ui.models;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.PropertySheet;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.ml.Features;
import org.genreworkbench.ml.ModelSpec;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Models tab: define the data set and the split, pick models and their settings, run them on the same
 * folds, and compare them side by side against a baseline.
 */
public final class ModelsTab extends Tab {
    private final WorkbenchContext context;
    private final ModelsViewModel viewModel;
    private final ComparisonTable table = new ComparisonTable();
    private final BarChart<String, Number> perLabel = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 1, 0.1));
    private final ComboBox<Experiment> past = new ComboBox<>();
    private final ChoiceBox<String> baseline = new ChoiceBox<>();

    public ModelsTab(WorkbenchContext context) {
        super("Models");
        setClosable(false);
        this.context = context;
        this.viewModel = new ModelsViewModel(context);
        SplitPane split = new SplitPane(setupPanel(), resultsPanel());
        split.setDividerPositions(0.34);
        setContent(split);
        viewModel.shownProperty().addListener((obs, old, now) -> showExperiment(now));
        viewModel.baselineProperty().addListener((obs, old, now) -> refreshTable());
        context.session().revisionProperty().addListener((obs, old, now) -> refreshPast());
        refreshPast();
    }

    public ModelsViewModel viewModel() {
        return viewModel;
    }

    private BorderPane setupPanel() {
        ChoiceBox<ModelsViewModel.Target> target = new ChoiceBox<>();
        target.setId("models-target");
        target.getItems().setAll(ModelsViewModel.Target.values());
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        target.setConverter(org.genreworkbench.ui.Converters.showing(t -> t == ModelsViewModel.Target.LABEL_SCHEME
                ? "Active label scheme (multi-label)" : "Playlist genre (single-label)"));
        Label scheme = new Label();
        scheme.textProperty().bind(Bindings.createStringBinding(() -> {
            String active = context.session().project().activeLabelScheme();
            return viewModel.targetProperty().get() == ModelsViewModel.Target.LABEL_SCHEME
                    ? (active == null ? "No scheme yet: make one in the Labels tab." : "Scheme: " + active) : "";
        }, context.session().revisionProperty(), viewModel.targetProperty()));
        scheme.getStyleClass().add("text-muted");

        CheckListView<String> features = new CheckListView<>();
        features.getItems().setAll(Features.ALL);
        features.setPrefHeight(150);
        viewModel.features().forEach(f -> features.getCheckModel().check(f));
        features.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c ->
                viewModel.features().setAll(features.getCheckModel().getCheckedItems()));

        CheckBox standardise = check("Standardise", viewModel.standardiseProperty());
        CheckBox log = check("Log of skewed features", viewModel.logSkewedProperty());
        CheckBox oneHot = check("One-hot key, mode, metre", viewModel.oneHotProperty());
        CheckBox drop = check("Drop tracks with missing values (else fill with the mean)", viewModel.dropMissingProperty());

        ToggleGroup splitKind = new ToggleGroup();
        RadioButton kfold = new RadioButton("k-fold");
        RadioButton holdout = new RadioButton("Hold out");
        kfold.setToggleGroup(splitKind);
        holdout.setToggleGroup(splitKind);
        kfold.setSelected(viewModel.kfoldProperty().get());
        holdout.setSelected(!viewModel.kfoldProperty().get());
        holdout.setId("models-holdout");
        splitKind.selectedToggleProperty().addListener((obs, old, now) -> viewModel.kfoldProperty().set(now == kfold));
        Spinner<Integer> k = new Spinner<>(2, 20, viewModel.foldsProperty().get());
        k.setPrefWidth(70);
        k.valueProperty().addListener((obs, old, now) -> viewModel.foldsProperty().set(now));
        Spinner<Integer> percent = new Spinner<>(5, 50, (int) Math.round(viewModel.testFractionProperty().get() * 100), 5);
        percent.setPrefWidth(70);
        percent.valueProperty().addListener((obs, old, now) -> viewModel.testFractionProperty().set(now / 100.0));
        CheckBox second = check("Balance label pairs (second order)", viewModel.secondOrderProperty());
        TextField seed = new TextField(Long.toString(viewModel.seedProperty().get()));
        seed.setPrefColumnCount(6);
        seed.textProperty().addListener((obs, old, now) -> {
            try {
                viewModel.seedProperty().set(Long.parseLong(now.trim()));
            } catch (NumberFormatException e) {
                // keeps the last valid seed until the field holds a number again
            }
        });
        VBox dataset = new VBox(6, row(new Label("Target"), target), scheme, new Label("Features"), features,
                standardise, log, oneHot, drop,
                row(kfold, k, holdout, percent, new Label("% test")), second, row(new Label("Seed"), seed));

        ListView<ModelSpec> models = new ListView<>(viewModel.models());
        models.setId("models-list");
        models.setPrefHeight(130);
        models.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ModelSpec item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        ChoiceBox<String> method = new ChoiceBox<>();
        method.setId("models-method");
        method.getItems().setAll(ModelSpec.METHODS.subList(0, ModelSpec.METHODS.size() - 1));
        method.setValue("BR");
        ChoiceBox<String> base = new ChoiceBox<>();
        base.setId("models-base");
        base.setMinWidth(Region.USE_PREF_SIZE);
        method.setMinWidth(Region.USE_PREF_SIZE);
        base.getItems().setAll(ModelSpec.BASES);
        base.setValue("RandomForest");
        Button add = new Button("Add");
        add.setId("models-add");
        add.setOnAction(e -> models.getSelectionModel().select(viewModel.addModel(method.getValue(), base.getValue())));
        Button remove = new Button("Remove");
        remove.setId("models-remove");
        remove.disableProperty().bind(models.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.models().remove(models.getSelectionModel().getSelectedItem()));
        PropertySheet sheet = new PropertySheet();
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPrefHeight(220);
        Label complaint = new Label();
        complaint.getStyleClass().add("balance-warning");
        complaint.setWrapText(true);
        complaint.setVisible(false);
        complaint.managedProperty().bind(complaint.visibleProperty());
        models.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            complaint.setVisible(false);
            sheet.getItems().setAll(now == null ? List.of() : ModelProperties.of(now, changed -> {
                int i = viewModel.models().indexOf(now);
                if (i >= 0) {
                    viewModel.models().set(i, changed);
                    models.getSelectionModel().select(i);
                }
            }, message -> {
                complaint.setText(message);
                complaint.setVisible(true);
            }));
        });
        VBox modelBox = new VBox(6, models, row(method, base), row(add, remove), sheet, complaint);

        Button run = new Button("Run");
        run.setId("models-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(viewModel.runningProperty().or(Bindings.isEmpty(viewModel.models())));
        run.setOnAction(e -> viewModel.run());
        Button cancel = new Button("Cancel");
        cancel.setId("models-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label status = new Label();
        status.setId("models-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());

        TitledPane datasetPane = new TitledPane("Data set and split", dataset);
        TitledPane modelsPane = new TitledPane("Models", modelBox);
        VBox panel = new VBox(8, datasetPane, modelsPane);
        panel.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Run, Cancel and the progress stay in view whatever the scroll position.
        VBox actions = new VBox(6, row(run, cancel, progress), status);
        actions.setPadding(new Insets(8));
        BorderPane side = new BorderPane(scroll);
        side.setBottom(actions);
        side.setMinWidth(330);
        return side;
    }

    private BorderPane resultsPanel() {
        past.setId("models-past");
        past.setPromptText("Experiments kept in this workspace");
        past.setConverter(org.genreworkbench.ui.Converters.showing(e -> e.name() + " — " + e.created().replace('T', ' ').replaceAll("\\.\\d+Z$", "")
                + " (" + e.results().size() + " models)"));
        past.setOnAction(e -> {
            if (past.getValue() != null && past.getValue() != viewModel.shownProperty().get()) {
                viewModel.show(past.getValue());
            }
        });
        baseline.setId("models-baseline");
        baseline.valueProperty().bindBidirectional(viewModel.baselineProperty());
        Button export = new Button("Export CSV…");
        export.disableProperty().bind(viewModel.shownProperty().isNull());
        export.setOnAction(e -> exportCsv());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button folds = new Button("Fold balance…");
        folds.disableProperty().bind(viewModel.shownProperty().isNull());
        folds.setOnAction(e -> viewModel.foldBalance(text -> context.dialogs().showInfo("Label shares per fold", text)));
        Button ablation = new Button("Feature ablation");
        ablation.setTooltip(new javafx.scene.control.Tooltip("Runs the first model without each feature in turn"));
        ablation.disableProperty().bind(viewModel.runningProperty());
        ablation.setOnAction(e -> viewModel.ablation(text -> context.dialogs().showInfo("What each feature adds", text)));
        Button exportModel = new Button("Export model…");
        exportModel.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        exportModel.setOnAction(e -> {
            Comparison.Row row = table.getSelectionModel().getSelectedItem();
            context.dialogs().chooseFileToSave("Export trained model (Weka/MEKA)", row.model().replaceAll("[^A-Za-z0-9]+", "-")
                    + ".model", List.of("model")).ifPresent(file -> viewModel.exportModel(row.model(), file));
        });
        HBox chooser = new HBox(8, new Label("Experiment"), past, spacer, new Label("Baseline"), baseline);
        chooser.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, folds, ablation, exportModel, export);
        actions.setAlignment(Pos.CENTER_RIGHT);
        for (javafx.scene.Node n : actions.getChildren()) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox top = new VBox(6, chooser, actions);
        top.setPadding(new Insets(8));

        perLabel.setTitle("F1 per label of the selected models");
        perLabel.setAnimated(false);
        perLabel.setPrefHeight(260);
        perLabel.setLegendVisible(true);
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<Comparison.Row>) c -> refreshChart());
        // Per-fold scores on demand: a double click on a model's row.
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Comparison.Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && viewModel.shownProperty().get() != null) {
                    context.dialogs().showInfo("Per-fold scores of " + row.getItem().model(),
                            PerFoldText.of(viewModel.shownProperty().get(), row.getItem().model()));
                }
            });
            return row;
        });
        SplitPane center = new SplitPane(table, perLabel);
        center.setOrientation(javafx.geometry.Orientation.VERTICAL);
        center.setDividerPositions(0.55);
        BorderPane pane = new BorderPane(center);
        pane.setTop(top);
        return pane;
    }

    private void showExperiment(Experiment experiment) {
        baseline.getItems().setAll(experiment == null ? List.of()
                : experiment.results().stream().map(Experiment.ModelResult::model).toList());
        baseline.setValue(viewModel.baselineProperty().get());
        refreshPast();
        past.setValue(experiment);
        refreshTable();
    }

    private void refreshTable() {
        Experiment e = viewModel.shownProperty().get();
        if (e == null) {
            table.getColumns().clear();
            table.getItems().clear();
            return;
        }
        table.show(Comparison.metrics(e), viewModel.comparison(), e.foldTrackIds().size() < 2);
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectRange(0, Math.min(3, table.getItems().size()));
        }
    }

    private void refreshChart() {
        perLabel.getData().clear();
        Experiment e = viewModel.shownProperty().get();
        if (e == null) {
            return;
        }
        for (Comparison.Row row : List.copyOf(table.getSelectionModel().getSelectedItems())) {
            if (row == null) {
                continue;
            }
            e.results().stream().filter(r -> r.model().equals(row.model())).findFirst().ifPresent(result -> {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(result.model());
                for (int l = 0; l < e.labels().size(); l++) {
                    int label = l;
                    double mean = result.folds().stream().mapToDouble(f -> f.perLabelF1().get(label)).average().orElse(0);
                    series.getData().add(new XYChart.Data<>(e.labels().get(l), mean));
                }
                perLabel.getData().add(series);
            });
        }
    }

    private void refreshPast() {
        List<Experiment> all = viewModel.pastExperiments();
        if (!past.getItems().equals(all)) {
            Experiment selected = past.getValue();
            past.getItems().setAll(all);
            past.setValue(selected);
        }
    }

    private void exportCsv() {
        Experiment e = viewModel.shownProperty().get();
        context.dialogs().chooseFileToSave("Export results", "results.csv", List.of("csv")).ifPresent(file ->
                BackgroundTask.of("Exporting " + file.getFileName(), ctx -> {
                            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                                ResultsCsv.write(e, out);
                            }
                            return file;
                        })
                        .onFailure(err -> context.dialogs().showError("Could not export", err.getMessage()))
                        .executeWith(context.executor()));
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            if (n instanceof javafx.scene.control.ButtonBase || n instanceof Label) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static String format(double v) {
        return String.format(Locale.US, "%.4f", v);
    }
}
