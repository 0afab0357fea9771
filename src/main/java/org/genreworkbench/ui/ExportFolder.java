package org.genreworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a save dialog for an export starts: the folder of the last export, else the open workspace's
 * folder, else the user's home; never the folder the app happened to be started from.
 */
public final class ExportFolder {
    private final WorkspaceSession session;
    private final Path home;
    private Path last;

    public ExportFolder(WorkspaceSession session) {
        this(session, Path.of(System.getProperty("user.home")));
    }

    ExportFolder(WorkspaceSession session, Path home) {
        this.session = session;
        this.home = home;
    }

    public Path suggest() {
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        return session.file().map(Path::toAbsolutePath).map(Path::getParent).filter(Files::isDirectory).orElse(home);
    }

    /** Remembers the folder of a file just written, for the next export. */
    public void used(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            last = parent;
        }
    }
}
