package org.genreworkbench.ingest.files;

/**
 * A row that was skipped, and why: where it is (file, line or entry, column) and what is wrong with it.
 *
 * @param line   the line of a table, or the entry of a JSON array counted from 1 (see {@code unit})
 * @param column the column name, or null when the whole row is at fault
 * @param unit   whether {@code line} counts lines of text or entries of a listening file's array
 */
public record Problem(String file, long line, String column, String message, Unit unit) {

    /** What a problem's position counts. */
    public enum Unit {
        LINE("line"),
        ENTRY("entry");

        private final String word;

        Unit(String word) {
            this.word = word;
        }
    }

    public Problem(String file, long line, String column, String message) {
        this(file, line, column, message, Unit.LINE);
    }

    /** A problem with the n-th entry (from 1) of a JSON array. */
    public static Problem atEntry(String file, long entry, String field, String message) {
        return new Problem(file, entry, field, message, Unit.ENTRY);
    }

    @Override
    public String toString() {
        return file + " " + unit.word + " " + line + (column == null ? "" : ", " + (unit == Unit.LINE ? "column " : "field ")
                + column) + ": " + message;
    }
}
