package org.genreworkbench.ui;

import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.task.TaskExecutor;

/**
 * What every screen needs, handed to each tab: the open workspace, the executor for long work, the
 * dialogs and the user's settings.
 */
public record WorkbenchContext(WorkspaceSession session, TaskExecutor executor, Dialogs dialogs,
                               AppSettings settings) {
}
