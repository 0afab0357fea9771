package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genreworkbench.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceMigrationsTest {
    @TempDir
    Path dir;

    /** An imagined format 0 that called the track table songs.csv. */
    private static final WorkspaceMigrations.Step RENAME_SONGS = new WorkspaceMigrations.Step() {
        @Override
        public int fromVersion() {
            return 0;
        }

        @Override
        public Map<String, byte[]> migrate(Map<String, byte[]> entries) {
            Map<String, byte[]> next = new HashMap<>(entries);
            next.put(WorkspaceFormat.TRACKS, next.remove("songs.csv"));
            return next;
        }
    };

    @Test
    void anOlderFormatIsUpgradedStepByStepBeforeParsing() throws Exception {
        Path file = oldFile();
        WorkspaceReader reader = new WorkspaceReader(
                new WorkspaceMigrations(List.of(RENAME_SONGS, new LabelSchemeSettingsMigration(), new ExperimentTypingMigration(),
                        new LightGbmBinsMigration())),
                WorkspaceFormat.MAX_ENTRY_BYTES);
        Project project = reader.open(file);
        assertThat(project.tracks()).containsOnlyKeys("t1");
    }

    @Test
    void anOlderFormatWithoutAMigrationIsRefusedClearly() throws Exception {
        Path file = oldFile();
        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("format version 0");
    }

    private Path oldFile() throws Exception {
        Path file = dir.resolve("old.gwb");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, WorkspaceFormat.MANIFEST, "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":0}");
            put(zip, "songs.csv", "id,name\nt1,One\n");
            put(zip, WorkspaceFormat.ARTISTS, "id,name\n");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
