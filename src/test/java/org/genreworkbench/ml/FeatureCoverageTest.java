package org.genreworkbench.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;

/** Which features a workspace's tracks have: on the public tracks and on the synthetic sample. */
class FeatureCoverageTest {
    private static final Path SONGS = Path.of(System.getProperty("genreworkbench.shared.dir", "../shared"),
            "data", "spotify-tracks", "spotify_songs.csv");

    @Test
    void thePublicTracksHaveNoTimeSignatureNoExplicitFlagAndNoFollowers() throws Exception {
        assumeTrue(Files.isRegularFile(SONGS), "needs ../shared/data/spotify-tracks/spotify_songs.csv");
        Project project = new Project();
        ImportMerge.apply(project, new TableImporter(java.util.Map.of()).read(List.of(SONGS), TaskContext.silent()));

        FeatureCoverage coverage = FeatureCoverage.of(project);

        assertThat(coverage.tracks()).isEqualTo(project.tracks().size()).isGreaterThan(28_000);
        assertThat(coverage.absent()).containsExactly("time_signature", "explicit", "artist_followers");
        assertThat(coverage.missingShare("time_signature")).isEqualTo(1.0);
        assertThat(coverage.missingShare("danceability")).isEqualTo(0.0);
    }

    @Test
    void aFeatureSomeTracksHaveIsNotAbsentAndItsMissingShareIsCounted() {
        Project project = SampleGenerator.generate(new SampleSpec(4, 600, 200, 80));
        long missing = project.tracks().values().stream().filter(t -> t.popularity() == null).count();

        FeatureCoverage coverage = FeatureCoverage.of(project);

        assertThat(coverage.absent()).doesNotContain("popularity", "danceability");
        assertThat(coverage.missingShare("popularity")).isCloseTo(missing / 600.0, within(1e-12));
        assertThat(FeatureCoverage.of(new Project()).absent()).isEmpty();
    }
}
