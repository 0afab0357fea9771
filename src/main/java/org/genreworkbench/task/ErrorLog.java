package org.genreworkbench.task;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Where failed tasks are written with their stack traces, so a user can send what went wrong: {@value #FILE_NAME}
 * in the settings folder. The file is kept under about a megabyte; the previous one stays beside it as
 * {@code errors.log.1}.
 */
public final class ErrorLog {
    public static final String FILE_NAME = "errors.log";
    private static final long KEEP_BYTES = 1 << 20;

    private final Path file;

    private ErrorLog(Path file) {
        this.file = file;
    }

    /** The log of a settings folder. */
    public static ErrorLog in(Path configDir) {
        return new ErrorLog(configDir.resolve(FILE_NAME));
    }

    /** A log to standard error only: for tests and tools that have no settings folder. */
    public static ErrorLog standardError() {
        return new ErrorLog(null);
    }

    /** The file written to, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Appends {@code error} with its stack trace under the time and the name of the work that failed. */
    public synchronized void record(String work, Throwable error) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.printf("%s  %s failed%n", Instant.now(), work);
            error.printStackTrace(out);
            out.println();
        }
        if (file == null) {
            System.err.print(text);
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            if (Files.isRegularFile(file) && Files.size(file) > KEEP_BYTES) {
                Files.move(file, file.resolveSibling(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The log is the last resort: say on standard error what could not be kept, and what it was.
            System.err.println("could not write " + file + ": " + e.getMessage());
            System.err.print(text);
        }
    }
}
