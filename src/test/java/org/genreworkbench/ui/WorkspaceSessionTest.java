package org.genreworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the session's properties need no UI toolkit. */
class WorkspaceSessionTest {
    private final WorkspaceSession session = new WorkspaceSession();

    @Test
    void aNewSessionIsAnUntitledCleanWorkspace() {
        assertThat(session.titleProperty().get()).isEqualTo("Untitled — Genre Workbench");
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void aChangeMarksTheWorkspaceUnsavedAndTicksTheRevision() {
        long before = session.revisionProperty().get();
        session.project().putTracks(List.of(track("t1")));
        assertThat(session.isDirty()).isTrue();
        assertThat(session.revisionProperty().get()).isGreaterThan(before);
        assertThat(session.titleProperty().get()).isEqualTo("• Untitled — Genre Workbench");
    }

    @Test
    void savingClearsTheMarkUnlessTheProjectChangedMeanwhile() {
        Project project = session.project();
        project.putTracks(List.of(track("t1")));
        long saved = project.revision();
        project.putTracks(List.of(track("t2")));
        session.saved(Path.of("/tmp/w.gwb"), saved);
        assertThat(session.isDirty()).isTrue();
        session.saved(Path.of("/tmp/w.gwb"), project.revision());
        assertThat(session.isDirty()).isFalse();
        assertThat(session.titleProperty().get()).isEqualTo("w.gwb — Genre Workbench");
    }

    @Test
    void replacingTheProjectStopsListeningToTheOldOne() {
        Project old = session.project();
        session.replace(new Project(), Path.of("other.gwb"));
        old.putTracks(List.of(track("t1")));
        assertThat(session.isDirty()).isFalse();
        assertThat(session.displayName()).isEqualTo("other.gwb");
    }

    private static Track track(String id) {
        return new Track(id, null, null, null, null, null, null, List.of(), null, null, null);
    }
}
