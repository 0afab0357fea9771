package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fuzzing of workspace files found: damage that used to load as a different or partial project. */
class WorkspaceIntegrityTest {
    @TempDir
    Path dir;

    @Test
    void aChangedByteInsideAnEntryIsCaughtByItsChecksum() throws Exception {
        // Stored (not deflated) so the changed digit still makes valid CSV: only the checksum can tell.
        byte[] tracks = "id,popularity\nt1,10\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            stored(zip, WorkspaceFormat.MANIFEST,
                    "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":1}".getBytes(StandardCharsets.UTF_8));
            stored(zip, WorkspaceFormat.TRACKS, tracks);
            stored(zip, WorkspaceFormat.ARTISTS, "id\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] archive = bytes.toByteArray();
        Path intact = dir.resolve("intact.gwb");
        Files.write(intact, archive);
        assertThat(new WorkspaceReader().open(intact).track("t1").popularity()).isEqualTo(10);

        int digit = indexOf(archive, "t1,10".getBytes(StandardCharsets.UTF_8)) + 3;
        archive[digit] = '9';
        Path damaged = dir.resolve("damaged.gwb");
        Files.write(damaged, archive);
        assertThatThrownBy(() -> new WorkspaceReader().open(damaged))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("damaged.gwb: tracks.csv: damaged (its content does not match its checksum)");
    }

    @Test
    void anEntryTheManifestListsButTheFileLacksIsRefused() throws Exception {
        Path file = dir.resolve("whole.gwb");
        new WorkspaceWriter().save(WorkspaceRoundTripTest.handMadeProject(), file);
        Map<String, byte[]> entries = ZipBytes.unzip(Files.readAllBytes(file));
        assertThat(new String(entries.get(WorkspaceFormat.MANIFEST), StandardCharsets.UTF_8))
                .contains("\"entries\"", WorkspaceFormat.PLAYLISTS);
        entries.remove(WorkspaceFormat.PLAYLISTS);
        Path partial = dir.resolve("partial.gwb");
        Files.write(partial, ZipBytes.zip(entries));
        assertThatThrownBy(() -> new WorkspaceReader().open(partial))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("partial.gwb: the entry playlists.json is missing (manifest.json lists it)");
    }

    @Test
    void rowsLostFromAnEntryDisagreeWithTheManifestsCount() throws Exception {
        Path file = dir.resolve("whole.gwb");
        new WorkspaceWriter().save(WorkspaceRoundTripTest.handMadeProject(), file);
        Map<String, byte[]> entries = ZipBytes.unzip(Files.readAllBytes(file));
        String tracks = new String(entries.get(WorkspaceFormat.TRACKS), StandardCharsets.UTF_8);
        entries.put(WorkspaceFormat.TRACKS, tracks.substring(0, tracks.lastIndexOf("\nbare") + 1)
                .getBytes(StandardCharsets.UTF_8));
        Path shorter = dir.resolve("shorter.gwb");
        Files.write(shorter, ZipBytes.zip(entries));
        assertThatThrownBy(() -> new WorkspaceReader().open(shorter))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("tracks.csv: holds 2 distinct tracks but manifest.json counts 3");
    }

    @Test
    void anEndRecordPointingPastTheFileIsADamagedArchive() throws Exception {
        Path file = dir.resolve("whole.gwb");
        new WorkspaceWriter().save(WorkspaceRoundTripTest.handMadeProject(), file);
        byte[] archive = Files.readAllBytes(file);
        // The end record's "offset of the central directory", beyond the end of the file.
        ZipBytes.putInt(archive, archive.length - 22 + 16, archive.length + 1000);
        Files.write(file, archive);
        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("whole.gwb: not a workspace file, or a damaged one (not a readable zip archive")
                .hasMessageNotContaining("null");
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws Exception {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
