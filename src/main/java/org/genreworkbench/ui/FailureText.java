package org.genreworkbench.ui;

import java.util.Locale;

/** What the user reads about a failure: the error's own message, and for running out of memory what to do. */
final class FailureText {
    private FailureText() {
    }

    /** The error's own words, or its kind when it has none (an ExceptionInInitializerError, say). */
    static String of(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return outOfMemory(Runtime.getRuntime().maxMemory());
        }
        return error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getName()
                : error.getMessage();
    }

    /**
     * Java's own text ("Java heap space") tells a user neither the cause nor the way out: the memory Genre
     * Workbench may use is set when it starts.
     */
    static String outOfMemory(long maxHeapBytes) {
        return String.format(Locale.US, "Genre Workbench ran out of memory: it may use at most %,d MB, and this "
                        + "needs more. Start it with more memory, for example by setting JAVA_TOOL_OPTIONS=-Xmx%dg "
                        + "before ./mvnw javafx:run.",
                maxHeapBytes >> 20, Math.max(2, 2 * (int) Math.ceil(maxHeapBytes / (double) (1L << 30))));
    }
}
