package org.genreworkbench.ui;

import java.nio.file.Path;
import org.genreworkbench.model.Project;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.task.TaskExecutor;

/**
 * A workbench context for screen tests: a session holding the given project, scripted dialogs and settings
 * in a temporary folder. Pass {@code new FxTaskExecutor()} to run work in the background as the app does, or
 * {@code new CurrentThreadExecutor()} for view-model tests that want everything done on return.
 */
public final class TestWorkbench {
    private TestWorkbench() {
    }

    public static WorkbenchContext context(Project project, TaskExecutor executor, ScriptedDialogs dialogs,
                                           Path settingsDir) {
        WorkspaceSession session = new WorkspaceSession();
        session.replace(project, null);
        return new WorkbenchContext(session, executor, dialogs, AppSettings.load(settingsDir));
    }

    /** A scene dressed as the app dresses its own (the Primer theme and the app's style sheet), to measure text as people see it. */
    public static javafx.scene.Scene styled(javafx.scene.Scene scene) {
        return org.genreworkbench.app.GenreWorkbenchApp.styled(scene);
    }
}
