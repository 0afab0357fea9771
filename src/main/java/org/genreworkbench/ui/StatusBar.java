package org.genreworkbench.ui;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;

/** The bottom line of the window: what the workspace holds, and the task running now with its progress. */
public final class StatusBar extends HBox {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final Label counts = new Label();
    private final Label synthetic = new Label("Synthetic sample data");
    private final Label models = new Label();
    private final Label taskLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Hyperlink failure = new Hyperlink();
    private final Button dismiss = new Button("×");

    public StatusBar(WorkspaceSession session, FxTaskExecutor executor, Dialogs dialogs) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
        counts.setId("status-counts");
        synthetic.getStyleClass().add("synthetic-badge");
        synthetic.setTooltip(new javafx.scene.control.Tooltip(
                "These tracks, artists and tags were made by the sample generator; they are not real Spotify data."));
        progress.setPrefWidth(140);
        models.setId("status-models");
        models.setTooltip(new javafx.scene.control.Tooltip("Trained models of the experiment on show, kept in memory "
                + "so that Export model and Predict do not train again; let go when another experiment or workspace is opened"));
        models.textProperty().bind(session.held().summaryProperty());
        models.visibleProperty().bind(models.textProperty().isNotEmpty());
        models.managedProperty().bind(models.visibleProperty());
        // The counts, the badge and the buttons keep their width; the models held and the failure give way (ending
        // in "…", the failure whole a click away) rather than make the window wider than the screen.
        for (Region readable : new Region[] {counts, synthetic, dismiss, cancel}) {
            readable.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        failure.setId("status-failure");
        failure.getStyleClass().add("danger");
        failure.setOnAction(e -> {
            FxTaskExecutor.Failure shown = executor.lastFailure().get();
            if (shown != null) {
                dialogs.showError(shown.title() + " failed", shown.reason()
                        + shown.logFile().map(f -> "\n\nThe details, with the stack trace, are in " + f + ".").orElse(""));
            }
        });
        failure.setTooltip(new javafx.scene.control.Tooltip("What went wrong, and where it was written down"));
        dismiss.setId("status-failure-dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> executor.dismissFailure());
        getChildren().addAll(counts, synthetic, models, spacer, failure, dismiss, taskLabel, progress, cancel);

        session.revisionProperty().addListener((obs, old, now) -> showCounts(session.project()));
        showCounts(session.project());
        executor.running().addListener((ListChangeListener<RunningTask>) change -> showTask(executor));
        showTask(executor);
        executor.lastFailure().addListener((obs, old, now) -> showFailure(now));
        showFailure(executor.lastFailure().get());
    }

    /** The latest failure stays in view until dismissed; a click shows it in full, with where it was logged. */
    private void showFailure(FxTaskExecutor.Failure now) {
        failure.setVisible(now != null);
        failure.setManaged(now != null);
        dismiss.setVisible(now != null);
        dismiss.setManaged(now != null);
        // Short enough for the status line whatever the error says; a click shows the whole message.
        failure.setText(now == null ? "" : "⚠ " + now.title() + " failed");
    }

    private void showCounts(Project project) {
        counts.setText(COUNT.format(project.tracks().size()) + " tracks · "
                + COUNT.format(project.artists().size()) + " artists · "
                + COUNT.format(project.genreTags().size()) + " genre tags · "
                + COUNT.format(project.playlists().size()) + " playlists");
        boolean isSynthetic = project.tracks().values().stream().findFirst()
                .map(t -> t.source() == Source.SYNTHETIC).orElse(false);
        synthetic.setVisible(isSynthetic);
        synthetic.setManaged(isSynthetic);
    }

    private void showTask(FxTaskExecutor executor) {
        boolean any = !executor.running().isEmpty();
        for (Region part : new Region[] {taskLabel, progress, cancel}) {
            part.setVisible(any);
            part.setManaged(any);
        }
        if (!any) {
            taskLabel.textProperty().unbind();
            progress.progressProperty().unbind();
            return;
        }
        RunningTask task = executor.running().get(executor.running().size() - 1);
        String more = executor.running().size() > 1 ? " (+" + (executor.running().size() - 1) + " more)" : "";
        taskLabel.textProperty().bind(Bindings.createStringBinding(
                () -> (task.messageProperty().get().isEmpty() ? task.title() : task.messageProperty().get()) + more,
                task.messageProperty()));
        progress.progressProperty().bind(task.progressProperty());
        cancel.setOnAction(e -> task.cancel());
    }
}
