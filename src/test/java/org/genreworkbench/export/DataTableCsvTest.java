package org.genreworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ingest.files.ImportResult;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
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

    @Test
    void aTrackWithoutNameOrAlbumAndOneWithAHostileNameKeepEveryFieldInItsColumn() throws Exception {
        Project project = new Project();
        project.putArtists(List.of(new Artist("a1", "Someone", List.of("pop"), null, null, Source.FILE, Source.FILE)));
        AudioFeatures features = AudioFeatures.builder().set(AudioFeature.ENERGY, 0.5).set(AudioFeature.LOUDNESS, -7.25).build();
        project.putTracks(List.of(
                new Track("t1", null, null, null, 200_000, 40, true, List.of("a1"), features, Source.FILE, Source.FILE),
                new Track("t2", "=cmd,\n\"x\"", "Album", "2019", 100_000, 10, false, List.of("a1"), features,
                        Source.FILE, Source.FILE)));
        Path file = dir.resolve("gaps.csv");

        DataTableCsv.write(project, List.of("t1", "t2"), file);

        ImportResult back = new TableImporter(Map.of()).read(List.of(file), TaskContext.silent());
        assertThat(back.problems()).isEmpty();
        assertThat(back.tracks()).extracting(Track::id).containsExactly("t1", "t2");
        Track gaps = List.copyOf(back.tracks()).get(0);
        assertThat(gaps.name()).isNull();
        assertThat(gaps.durationMs()).isEqualTo(200_000);
        assertThat(gaps.popularity()).isEqualTo(40);
        assertThat(gaps.explicit()).isTrue();
        assertThat(gaps.features()).isEqualTo(features);
        assertThat(List.copyOf(back.tracks()).get(1).name()).isEqualTo("=cmd,\n\"x\"");
        assertThat(List.copyOf(back.tracks()).get(1).features()).isEqualTo(features);
    }
}
