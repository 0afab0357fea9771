package org.genreworkbench.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a save dialog for an export starts: the folder of the last export, else the open workspace's
 * folder, else the user's home; never the folder the app happened to be started from.
 */
public final class ExportFolder {
    private final Supplier<Optional<Path>> workspaceFile;
    private final Path home;
    private Path last;

    /** @param workspaceFile the open workspace's file, asked each time (it changes with Save As and Open) */
    public ExportFolder(Supplier<Optional<Path>> workspaceFile) {
        this(workspaceFile, Path.of(System.getProperty("user.home")));
    }

    public ExportFolder(Supplier<Optional<Path>> workspaceFile, Path home) {
        this.workspaceFile = workspaceFile;
        this.home = home;
    }

    public Path suggest() {
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        return workspaceFile.get().map(Path::toAbsolutePath).map(Path::getParent).filter(Files::isDirectory).orElse(home);
    }

    /** Remembers the folder of a file just written, for the next export. */
    public void used(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            last = parent;
        }
    }
}
