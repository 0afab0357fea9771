package org.genreworkbench.ui.models;

import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genreworkbench.task.TaskContext;

/** Passes a run's progress on to its task and to the tab's own progress bar and status line, on the FX thread. */
final class ProgressRelay implements TaskContext {
    private final TaskContext task;
    private final DoubleProperty progress;
    private final ReadOnlyStringWrapper status;

    ProgressRelay(TaskContext task, DoubleProperty progress, ReadOnlyStringWrapper status) {
        this.task = task;
        this.progress = progress;
        this.status = status;
    }

    @Override
    public void progress(double done, double total) {
        task.progress(done, total);
        Platform.runLater(() -> progress.set(total <= 0 ? -1 : done / total));
    }

    @Override
    public void message(String message) {
        task.message(message);
        Platform.runLater(() -> status.set(message));
    }

    @Override
    public boolean isCancelled() {
        return task.isCancelled();
    }
}
