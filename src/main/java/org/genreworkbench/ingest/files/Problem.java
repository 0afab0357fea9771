package org.genreworkbench.ingest.files;

/**
 * A row that was skipped, and why: where it is (file, line, column) and what is wrong with it.
 *
 * @param column the column name, or null when the whole row is at fault
 */
public record Problem(String file, long line, String column, String message) {

    @Override
    public String toString() {
        return file + " line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
