package org.genreworkbench.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long import stops soon after a cancel, wherever it is in the file, and returns nothing; the cancel comes out
 * as a cancel (it used to come out as an error, "large.csv: cancelled", when it happened inside a file).
 */
class CancelledImportTest {
    @TempDir
    Path dir;

    @Test
    void aCancelDuringALargeFileStopsAtTheNextRowAndImportsNothing() throws Exception {
        Path file = dir.resolve("large.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("track_id,track_name,track_popularity,danceability\n");
            for (int i = 0; i < 120_000; i++) {
                w.write("id" + i + ",Track " + i + "," + (i % 100) + ",0." + (i % 1000) + "\n");
                if (i == 70_000) {
                    // A huge cell: rows like it must not delay the cancel by thousands of rows.
                    w.write("big,\"" + "x".repeat(2 << 20) + "\",1,0.5\n");
                }
            }
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger checksAfterCancel = new AtomicInteger();
        List<String> messages = new java.util.ArrayList<>();
        TaskContext context = TaskContext.of(message -> {
            messages.add(message);
            if (message.contains("50,000 rows")) {
                cancelled.set(true); // the user presses Cancel once the first progress line shows
            }
        }, () -> {
            if (cancelled.get()) {
                checksAfterCancel.incrementAndGet();
            }
            return cancelled.get();
        });

        assertThatThrownBy(() -> new TableImporter(Map.of()).read(List.of(file), context))
                .isInstanceOf(CancellationException.class);
        assertThat(messages).anyMatch(m -> m.contains("50,000 rows")).noneMatch(m -> m.contains("100,000 rows"));
        // The very next row's check saw it.
        assertThat(checksAfterCancel.get()).isEqualTo(1);
    }
}
