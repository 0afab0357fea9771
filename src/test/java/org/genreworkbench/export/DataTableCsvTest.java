package org.genreworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ingest.files.ImportResult;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data table written as CSV under a filter, and read back by the import as the same tracks. */
class DataTableCsvTest {
    @TempDir
    Path dir;

    @Test
    void theFilteredTracksGoOutAndComeBackWithEveryField() throws Exception {
        Project project = SampleGenerator.generate(new SampleSpec(5, 800, 200, 80));
        String tag = project.genreTagsOf(project.tracks().values().iterator().next()).get(0);
        List<String> shown = DataTableCsv.filtered(project, tag.toUpperCase());
        assertThat(shown).isNotEmpty().hasSizeLessThan(project.tracks().size())
                .allMatch(id -> project.genreTagsOf(project.track(id)).stream().anyMatch(t -> t.contains(tag)));

        Path file = dir.resolve("shown.csv");
        assertThat(DataTableCsv.write(project, shown, file)).isEqualTo(shown.size());

        ImportResult back = new TableImporter(Map.of()).read(List.of(file), TaskContext.silent());
        assertThat(back.problems()).isEmpty();
        assertThat(back.tracks()).extracting(Track::id).containsExactlyElementsOf(shown);
        for (Track read : back.tracks()) {
            Track original = project.track(read.id());
            assertThat(read.name()).isEqualTo(original.name());
            assertThat(read.artistIds()).isEqualTo(original.artistIds());
            assertThat(read.popularity()).isEqualTo(original.popularity());
            assertThat(read.durationMs()).isEqualTo(original.durationMs());
            assertThat(read.explicit()).isEqualTo(original.explicit());
            for (AudioFeature f : AudioFeature.values()) {
                assertThat(read.features().get(f)).as(f.name()).isEqualTo(original.features().get(f));
            }
        }
    }
}
