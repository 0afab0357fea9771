package org.genreworkbench.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genreworkbench.model.Project;

/**
 * The open workspace as the screens see it: the project, its file, whether it has unsaved changes, and a
 * revision that ticks on every change so views know to refresh. The project is changed only on the UI
 * thread, so these properties always fire there.
 */
public final class WorkspaceSession {
    private static final String APP_NAME = "Genre Workbench";

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(new Project());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final Runnable onChange = this::projectChanged;
    private final ReadOnlyLongWrapper checkpoints = new ReadOnlyLongWrapper();
    private final HeldModels held = new HeldModels();
    private final ReadOnlyObjectWrapper<Path> opening = new ReadOnlyObjectWrapper<>();

    public WorkspaceSession() {
        project.get().addChangeListener(onChange);
        updateTitle();
    }

    public Project project() {
        return project.get();
    }

    /** Replaced when the user opens another workspace or starts a new one. */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** Ticks on every change of the current project and on every replacement. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** "sample.gwb • – Genre Workbench" style window title: the file name, a mark when unsaved. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The file name shown to the user, "Untitled" before the first save. */
    public String displayName() {
        return file.get() == null ? "Untitled" : file.get().getFileName().toString();
    }

    /** The trained models and predictions held for an experiment of this workspace while the window is open. */
    public HeldModels held() {
        return held;
    }

    /** The file being read to replace the project, while it is read; null otherwise. */
    public ReadOnlyObjectProperty<Path> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Says a file is being read to replace the project (null when that ended, whether or not it did). */
    public void opening(Path file) {
        opening.set(file);
        updateTitle();
    }

    /** Makes {@code newProject} the open workspace, read from (or not yet saved to) {@code from}. */
    public void replace(Project newProject, Path from) {
        // The models belong to the workspace's experiments: let go of them (and their native memory) with it.
        held.release();
        project.get().removeChangeListener(onChange);
        newProject.addChangeListener(onChange);
        project.set(newProject);
        file.set(from);
        dirty.set(false);
        revision.set(revision.get() + 1);
        updateTitle();
    }

    /** Asks for unsaved work to be put somewhere safe now (the autosave), e.g. after each step of a long run. */
    public void requestCheckpoint() {
        checkpoints.set(checkpoints.get() + 1);
    }

    /** Ticks on every {@link #requestCheckpoint()}. */
    public ReadOnlyLongProperty checkpointProperty() {
        return checkpoints.getReadOnlyProperty();
    }

    /** Like {@link #replace}, for work recovered from an autosave: it is not in the file yet, so it is unsaved. */
    public void replaceWithRecovered(Project recovered, Path belongsTo) {
        replace(recovered, belongsTo);
        dirty.set(true);
        updateTitle();
    }

    /** Records a successful save to {@code to}. Changes made while saving stay marked as unsaved. */
    public void saved(Path to, long revisionSaved) {
        file.set(to);
        dirty.set(project.get().revision() != revisionSaved);
        updateTitle();
    }

    private void projectChanged() {
        dirty.set(true);
        revision.set(revision.get() + 1);
        updateTitle();
    }

    private void updateTitle() {
        // An untitled window reading a file (at start-up, or having let go of a large workspace) names that file.
        String name = file.get() == null && opening.get() != null
                ? "Opening " + opening.get().getFileName() : displayName();
        title.set((dirty.get() ? "• " : "") + name + " — " + APP_NAME);
    }
}
