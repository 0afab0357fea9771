package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genreworkbench.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged bytes in an entry's name or comment (found by the workspace fuzz test) are a damaged archive, said so. */
class DamagedEntryNameTest {
    @TempDir
    Path dir;

    @Test
    void anEntryNameThatIsNotUtf8IsRefusedAsADamagedArchive() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkspaceWriter().writeTo(new Project(), out);
        byte[] bytes = out.toByteArray();
        byte[] name = WorkspaceFormat.MANIFEST.getBytes(StandardCharsets.US_ASCII);
        int damaged = 0;
        for (int i = 0; i + name.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + name.length, name, 0, name.length)) {
                bytes[i + 1] = (byte) 0xFF;
                damaged++;
            }
        }
        assertThat(damaged).as("the manifest's name in the local and central headers").isEqualTo(2);
        Path file = dir.resolve("case.gwb");
        Files.write(file, bytes);

        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("case.gwb: not a workspace file, or a damaged one (not a readable zip archive");
    }

    @Test
    void anEntryCommentThatIsNotUtf8IsRefusedAsADamagedArchive() throws Exception {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        new WorkspaceWriter().writeTo(new Project(), saved);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : ZipBytes.unzip(saved.toByteArray()).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setComment("@@@@");
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        byte[] bytes = out.toByteArray();
        byte[] marker = "@@@@".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                bytes[i + 1] = (byte) 0xFF;
            }
        }
        Path file = dir.resolve("case.gwb");
        Files.write(file, bytes);

        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("case.gwb: not a workspace file, or a damaged one (not a readable zip archive");
    }
}
