package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path config;
    @TempDir
    Path work;

    @Test
    void anAutosaveNewerThanItsFileIsRecoverable() throws Exception {
        Path file = work.resolve("mine.gwb");
        new WorkspaceWriter().save(new Project(), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        Autosave autosave = new Autosave(config);

        autosave.save(projectWith("unsaved"), file);

        Path slot = autosave.recoverable(file).orElseThrow();
        assertThat(new WorkspaceReader().open(slot).tracks()).containsKey("unsaved");
    }

    @Test
    void anAutosaveOlderThanItsFileIsNot() throws Exception {
        Path file = work.resolve("mine.gwb");
        Autosave autosave = new Autosave(config);
        autosave.save(projectWith("old"), file);
        new WorkspaceWriter().save(new Project(), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(autosave.recoverable(file)).isEmpty();
    }

    @Test
    void untitledWorkHasItsOwnSlotAndDiscardForgetsIt() throws Exception {
        Autosave autosave = new Autosave(config);
        autosave.save(projectWith("draft"), null);
        assertThat(autosave.recoverable(null)).isPresent();
        assertThat(autosave.recoverable(work.resolve("other.gwb"))).isEmpty();

        autosave.discard(null);
        assertThat(autosave.recoverable(null)).isEmpty();
    }

    @Test
    void filesWithTheSameNameInDifferentFoldersDoNotShareASlot() {
        Autosave autosave = new Autosave(config);
        assertThat(autosave.slot(work.resolve("a/w.gwb"))).isNotEqualTo(autosave.slot(work.resolve("b/w.gwb")));
    }

    private static Project projectWith(String trackId) {
        Project p = new Project();
        p.putTracks(List.of(new Track(trackId, null, null, null, null, null, null, List.of(), null, null, null)));
        return p;
    }
}
