package org.genreworkbench.ui;

/** How tall an error's text box must be to show the message whole, where it fits on a screen. */
final class ErrorText {
    private static final int MOST_ROWS = 14;

    private ErrorText() {
    }

    /**
     * The rows {@code message} takes at {@code columns} characters a row: each of its lines (blank ones too) and
     * the rows a long line wraps onto, with one to spare for words that wrap early; at least 3, at most 14 (the
     * box scrolls beyond). Counting characters alone left the last of several lines half hidden.
     */
    static int rows(String message, int columns) {
        int rows = message.lines().mapToInt(line -> 1 + line.length() / Math.max(1, columns - 8)).sum() + 1;
        return Math.max(3, Math.min(MOST_ROWS, rows));
    }
}
