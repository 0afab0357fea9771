package org.genreworkbench.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Found by fuzzing imports: whole-number cells that are not finite or too large were read as 0 or clamped. */
class WholeNumberCellsTest {
    @TempDir
    Path dir;

    @Test
    void notFiniteAndOutOfRangeWholeNumbersAreBadCellsNotZeroOrTheLargestInt() throws Exception {
        Path file = dir.resolve("songs.csv");
        Files.writeString(file, """
                track_id,track_name,track_popularity,duration_ms
                t1,One,NaN,1000
                t2,Two,Infinity,1000
                t3,Three,99999999999,1000
                t4,Four,12.0,1e20
                t5,Five,64,2.5e5
                """);
        ImportResult result = new TableImporter(Map.of()).read(List.of(file), TaskContext.silent());

        assertThat(result.tracks()).extracting(t -> t.id() + "=" + t.popularity() + "/" + t.durationMs())
                .containsExactly("t5=64/250000");
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "songs.csv line 2, column track_popularity: 'NaN' is not a finite number in range",
                "songs.csv line 3, column track_popularity: 'Infinity' is not a finite number in range",
                "songs.csv line 4, column track_popularity: '99999999999' is out of range",
                "songs.csv line 5, column duration_ms: '1e20' is not a finite number in range");
    }
}
