package org.genreworkbench.ui.models;

import static org.genreworkbench.ui.models.FormRows.row;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Run, Cancel, the progress of the job on, and the tab's status line; always in view below the settings. */
final class RunBar extends VBox {

    RunBar(ModelsViewModel viewModel) {
        super(6);
        Button run = new Button("Run");
        run.setId("models-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(viewModel.runningProperty().or(Bindings.isEmpty(viewModel.models().models())));
        run.setOnAction(e -> viewModel.run());
        Button cancel = new Button("Cancel");
        cancel.setId("models-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
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
        getChildren().addAll(row(run, cancel, progress), status);
        setPadding(new Insets(8));
    }
}
