package org.genreworkbench.ui.models;

import static org.genreworkbench.ui.models.FormRows.row;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.ml.engine.EngineChoice;

/** Run, where it runs (this computer or Spark at a master URL), Cancel, the progress of the job on, and the tab's status line; always in view below the settings. */
final class RunBar extends VBox {

    RunBar(ModelsViewModel viewModel) {
        super(6);
        Button run = new Button("Run");
        run.setId("models-run");
        run.getStyleClass().add("accent");
        // Without tracks, a target or models, the status line below says what a run still needs.
        run.disableProperty().bind(viewModel.runningProperty().or(viewModel.canRunProperty().not()));
        run.setOnAction(e -> viewModel.run());
        Button cancel = new Button("Cancel");
        cancel.setId("models-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ChoiceBox<EngineChoice.Kind> engine = new ChoiceBox<>();
        engine.setId("models-engine");
        engine.getItems().setAll(EngineChoice.Kind.values());
        engine.valueProperty().bindBidirectional(viewModel.engine().kindProperty());
        engine.disableProperty().bind(viewModel.runningProperty());
        engine.setTooltip(new Tooltip("Where the cells (a model on a fold each) are trained"));
        TextField master = new TextField();
        master.setId("models-spark-master");
        master.setPromptText(EngineChoice.DEFAULT_MASTER);
        master.setPrefColumnCount(16);
        master.setTooltip(new Tooltip("Spark master URL: local[*] (this computer, no cluster), local[N], "
                + "spark://host:7077, yarn or k8s://…"));
        master.textProperty().bindBidirectional(viewModel.engine().masterProperty());
        master.disableProperty().bind(viewModel.runningProperty());
        master.visibleProperty().bind(engine.valueProperty().isEqualTo(EngineChoice.Kind.SPARK));
        master.managedProperty().bind(master.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("models-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label status = new Label();
        status.setId("models-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.status());
        getChildren().addAll(row(run, new Label("on"), engine, master, cancel, progress), status);
        setPadding(new Insets(8));
    }
}
