package org.genreworkbench.ingest.files;

import java.io.IOException;
import java.util.List;

/**
 * An import refused before any row was read because files could not be recognised: each is named with its
 * header and the fields nearest to its columns. Nothing was imported.
 */
public final class UnrecognisedFilesException extends IOException {
    private final List<String> refusals;

    public UnrecognisedFilesException(List<String> refusals) {
        super(String.join("\n", refusals) + "\nNothing was imported.");
        this.refusals = List.copyOf(refusals);
    }

    /** One message per file. */
    public List<String> refusals() {
        return refusals;
    }
}
