package org.genreworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where export dialogs start, and the one rule for the extension of a file saved to: on real folders. */
class ExportFolderTest {
    @TempDir
    Path dir;

    @Test
    void startsInTheLastExportsFolderElseTheWorkspacesElseHome() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path projects = Files.createDirectory(dir.resolve("projects"));
        Path exports = Files.createDirectory(dir.resolve("exports"));
        AtomicReference<Optional<Path>> workspace = new AtomicReference<>(Optional.empty());
        ExportFolder folder = new ExportFolder(workspace::get, home);

        assertThat(folder.suggest()).isEqualTo(home);
        workspace.set(Optional.of(projects.resolve("songs.gwb")));
        assertThat(folder.suggest()).isEqualTo(projects);
        folder.used(exports.resolve("scores.csv"));
        assertThat(folder.suggest()).isEqualTo(exports);
        // A folder deleted since is not offered: the dialog would open somewhere arbitrary.
        Files.delete(exports);
        assertThat(folder.suggest()).isEqualTo(projects);
        workspace.set(Optional.of(dir.resolve("gone").resolve("songs.gwb")));
        assertThat(folder.suggest()).isEqualTo(home);
    }

    @Test
    void theExtensionIsAddedUnlessTheNameEndsWithItInAnyCase() {
        assertThat(FileNames.withExtension(dir.resolve("results"), "csv")).isEqualTo(dir.resolve("results.csv"));
        assertThat(FileNames.withExtension(dir.resolve("results.csv"), "csv")).isEqualTo(dir.resolve("results.csv"));
        assertThat(FileNames.withExtension(dir.resolve("Results.CSV"), "csv")).isEqualTo(dir.resolve("Results.CSV"));
        // A dot in the name is not an extension of the kind asked for: workspaces and exports alike get theirs.
        assertThat(FileNames.withExtension(dir.resolve("songs.v2"), "gwb")).isEqualTo(dir.resolve("songs.v2.gwb"));
        assertThat(FileNames.withExtension(dir.resolve("model.csv"), "model")).isEqualTo(dir.resolve("model.csv.model"));
    }
}
