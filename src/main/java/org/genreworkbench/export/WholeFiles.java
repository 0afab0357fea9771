package org.genreworkbench.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file beside its target and renames it into place: whoever opens the file (a browser, a viewer, a
 * script watching the folder) never sees half of it, and a failed export leaves an earlier file intact.
 */
public final class WholeFiles {
    private WholeFiles() {
    }

    /** Writing to the temporary file. */
    @FunctionalInterface
    public interface Writing {
        void to(Path temp) throws IOException;
    }

    public static void write(Path file, Writing writing) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            keepPermissions(absolute, temp);
            writing.to(temp);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A temporary file is private to its owner; the file it becomes gets the old file's permissions, or the usual
     * ones (read for all, written by the owner), as a file written in place would.
     */
    public static void keepPermissions(Path target, Path temp) {
        try {
            Set<PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }
}
