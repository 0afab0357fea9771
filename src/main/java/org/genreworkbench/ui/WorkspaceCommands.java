package org.genreworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.genreworkbench.export.FileNames;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.workspace.Autosave;
import org.genreworkbench.workspace.WorkspaceFormat;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;

/**
 * The File menu's work: new, open, save, save as, close. Reading and writing run in the background;
 * replacing a workspace with unsaved changes asks first. A failed open leaves the current workspace as it
 * was; a failed save leaves the file on disk as it was.
 */
public final class WorkspaceCommands {
    private static final List<String> EXTENSIONS = List.of(WorkspaceFormat.FILE_EXTENSION);

    private final WorkbenchContext context;
    private final Autosave autosave;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private boolean autosaving;
    /** Counts the opens begun, so that only the latest ends the busy state. */
    private long loads;

    public WorkspaceCommands(WorkbenchContext context) {
        this.context = context;
        this.autosave = new Autosave(context.settings().configDir());
        context.session().checkpointProperty().addListener((obs, old, now) -> autosaveNow());
    }

    public WorkbenchContext context() {
        return context;
    }

    /** True while a workspace is being read or written; the menu disables itself meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void newWorkspace() {
        whenChangesSettled(() -> context.session().replace(new Project(), null));
    }

    /** Same as New: an empty, untitled workspace. */
    public void close() {
        newWorkspace();
    }

    public void open() {
        whenChangesSettled(() -> context.dialogs().chooseFileToOpen("Open workspace", EXTENSIONS).ifPresent(this::load));
    }

    public void openRecent(Path file) {
        whenChangesSettled(() -> load(file));
    }

    /** Opens a file without asking anything: start-up and recent files after the unsaved check. */
    public void load(Path file) {
        Path previous = context.session().file().orElse(null);
        // Two large workspaces may not fit in the memory the window has (a million tracks take about 1 GB of
        // the 2 GB many run with). One whose file holds all of it is let go before the other is read, and read
        // again from its file should the other fail to open.
        boolean letGo = previous != null && !context.session().isDirty()
                && LargeWorkspaces.isLarge(context.session().project());
        if (letGo) {
            context.session().replace(new Project(), null);
        }
        long load = ++loads;
        busy.set(true);
        context.session().opening(file);
        BackgroundTask.of("Opening " + file.getFileName(), ctx -> {
                    ctx.message("Reading " + file.getFileName());
                    long start = System.nanoTime();
                    Project project = new WorkspaceReader().open(file);
                    // how long a user waited for a large workspace, for whoever looks into a slow opening
                    System.getLogger(WorkspaceCommands.class.getName()).log(System.Logger.Level.INFO,
                            "{0} read in {1} ms: {2} tracks", file.getFileName(),
                            (System.nanoTime() - start) / 1_000_000, project.tracks().size());
                    return project;
                })
                .onSuccess(project -> {
                    context.session().replace(project, file);
                    context.settings().addRecentFile(file);
                    offerRecovery(file);
                })
                .onFailure(error -> {
                    String why = FailureText.of(error);
                    if (letGo) {
                        load(previous);
                        why += "\n\n" + previous.getFileName() + ", open before, is read again from its file.";
                    }
                    context.dialogs().showError("Could not open the workspace", why);
                })
                .andFinally(() -> {
                    // A failed open may have begun reading the workspace open before: that one ends the busy state.
                    if (load == loads) {
                        busy.set(false);
                        context.session().opening(null);
                    }
                })
                .executeWith(context.executor());
    }

    /** Saves to the current file, or asks for one; {@code afterSave} runs once the file is written. */
    public void save(Runnable afterSave) {
        Optional<Path> file = context.session().file();
        if (file.isPresent()) {
            write(file.get(), afterSave);
        } else {
            saveAs(afterSave);
        }
    }

    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable afterSave) {
        String suggested = context.session().displayName().endsWith("." + WorkspaceFormat.FILE_EXTENSION)
                ? context.session().displayName() : "workspace." + WorkspaceFormat.FILE_EXTENSION;
        context.dialogs().chooseFileToSave("Save workspace as", suggested, EXTENSIONS)
                .map(file -> FileNames.withExtension(file, WorkspaceFormat.FILE_EXTENSION))
                .ifPresent(path -> write(path, afterSave));
    }

    private void write(Path file, Runnable afterSave) {
        Project snapshot = context.session().project().snapshot();
        long revision = snapshot.revision();
        busy.set(true);
        BackgroundTask.of("Saving " + file.getFileName(), ctx -> {
                    ctx.message("Writing " + file.getFileName());
                    new WorkspaceWriter().save(snapshot, file);
                    return file;
                })
                .onSuccess(saved -> {
                    Path before = context.session().file().orElse(null);
                    context.session().saved(saved, revision);
                    autosave.discard(saved);
                    autosave.discard(before);
                    context.settings().addRecentFile(saved);
                    afterSave.run();
                })
                .onFailure(error -> context.dialogs().showError("Could not save the workspace",
                        FailureText.of(error) + "\nThe file on disk was not changed."))
                .andFinally(() -> busy.set(false))
                .executeWith(context.executor());
    }

    /**
     * Runs {@code proceed} once unsaved changes are dealt with: at once when there are none or the user
     * discards them, after a successful save when the user saves them, never when the user cancels.
     */
    public void whenChangesSettled(Runnable proceed) {
        if (!context.session().isDirty()) {
            proceed.run();
            return;
        }
        switch (context.dialogs().askUnsavedChanges(context.session().displayName())) {
            case DISCARD -> {
                autosave.discard(context.session().file().orElse(null));
                proceed.run();
            }
            case SAVE -> save(proceed);
            case CANCEL -> { }
        }
    }

    /**
     * Writes unsaved work to its autosave slot in the background; does nothing when there is nothing
     * unsaved or a save is under way. The app calls this every minute.
     */
    public void autosaveNow() {
        if (!context.session().isDirty() || busy.get() || autosaving) {
            return;
        }
        Project snapshot = context.session().project().snapshot();
        Path file = context.session().file().orElse(null);
        autosaving = true;
        BackgroundTask.of("Autosaving", ctx -> {
                    autosave.save(snapshot, file);
                    return file;
                })
                .onFailure(error -> System.getLogger(WorkspaceCommands.class.getName())
                        .log(System.Logger.Level.WARNING, "autosave failed: " + FailureText.of(error)))
                .andFinally(() -> autosaving = false)
                .executeWith(context.executor());
    }

    /** At start-up with no file to open: offers untitled work that an earlier run could not save. */
    public void offerUntitledRecovery() {
        offerRecovery(null);
    }

    private void offerRecovery(Path file) {
        Optional<Path> slot = autosave.recoverable(file);
        if (slot.isEmpty()) {
            return;
        }
        String what = file == null ? "untitled work" : file.getFileName().toString();
        if (!context.dialogs().confirm("Recover unsaved changes?", "Genre Workbench kept a copy of unsaved changes to "
                + what + " that is newer than the saved file. Recover it? (No discards the copy.)")) {
            autosave.discard(file);
            return;
        }
        busy.set(true);
        BackgroundTask.of("Recovering " + what, ctx -> new WorkspaceReader().open(slot.get()))
                .onSuccess(project -> context.session().replaceWithRecovered(project, file))
                .onFailure(error -> context.dialogs().showError("Could not recover the changes", FailureText.of(error)))
                .andFinally(() -> busy.set(false))
                .executeWith(context.executor());
    }
}
