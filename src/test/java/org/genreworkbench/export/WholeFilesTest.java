package org.genreworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByAllAsAFileWrittenInPlaceAndAnOldOneKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path report = dir.resolve("report.html");
        WholeFiles.writeString(report, "<p>one</p>");
        // the temporary file it was written to was private to its owner (a report came out -rw-------)
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        WholeFiles.writeString(report, "<p>two</p>");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-rw----");
        assertThat(Files.readString(report)).isEqualTo("<p>two</p>");
    }
}
