package org.genreworkbench.workspace;

import java.io.IOException;

/**
 * A workspace file could not be read or written. The message names the file, the entry inside it and,
 * where known, the line and column, so a user can tell what is wrong and where.
 */
public class WorkspaceException extends IOException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
