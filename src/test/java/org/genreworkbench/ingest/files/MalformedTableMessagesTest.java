package org.genreworkbench.ingest.files;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Found by fuzzing imports: a malformed file was refused in the parser's words, without the file's name. */
class MalformedTableMessagesTest {
    @TempDir
    Path dir;

    @Test
    void malformedJsonIsRefusedNamingFileLineAndColumn() throws Exception {
        Path file = dir.resolve("tracks.json");
        Files.writeString(file, "[\n  {\"id\": \"t1\", \"name\" \"One\"}\n]\n");
        assertThatThrownBy(() -> new TableImporter(Map.of()).read(List.of(file), TaskContext.silent()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("tracks.json line 2, column ")
                .hasMessageContaining("malformed (Unexpected character")
                .hasMessageEndingWith("nothing was imported")
                .hasMessageNotContaining("com.fasterxml");
    }

    @Test
    void aStrayQuoteInCsvIsRefusedWhereTheParserStopped() throws Exception {
        Path file = dir.resolve("songs.csv");
        Files.writeString(file, "track_id,track_name\nt1,One\nt2,\"Two\"x\nt3,Three\n");
        assertThatThrownBy(() -> new TableImporter(Map.of()).read(List.of(file), TaskContext.silent()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("songs.csv line 3, column ")
                .hasMessageContaining("malformed (Unexpected character ('x'")
                .hasMessageNotContaining("com.fasterxml")
                .hasMessageNotContaining("reference chain");
    }
}
