package org.genreworkbench.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;

/** The public files of ../shared/data; skipped where they are not present. */
class RealFilesImportTest {
    private static final Path DATA = Path.of(System.getProperty("genreworkbench.shared.dir", "../shared"),
            "data", "spotify-tracks");

    @Test
    void spotifySongsJoinedToArtistGenresByName() throws Exception {
        Path songs = DATA.resolve("spotify_songs.csv");
        Path artists = DATA.resolve("data_w_genres.csv");
        assumeTrue(Files.exists(songs) && Files.exists(artists), "shared data not present");
        TableImporter importer = new TableImporter(Map.of());
        Project project = new Project();
        ImportResult first = importer.read(List.of(songs), TaskContext.silent());
        assertThat(first.rows()).isEqualTo(32_833);
        assertThat(first.skipped()).isZero();
        ImportMerge.apply(project, first);
        assertThat(project.tracks()).hasSize(28_356);
        assertThat(project.playlists()).hasSize(471);
        assertThat(project.playlistGenres().values().stream().distinct()).hasSize(6);

        ImportMerge.Counts counts = ImportMerge.apply(project, importer.read(List.of(artists), TaskContext.silent()));
        long withTags = project.tracks().values().stream().filter(t -> !project.genreTagsOf(t).isEmpty()).count();
        // 17,100 by exact name; names here are matched without regard to case, which finds a few more.
        assertThat(withTags).isBetween(17_000L, 17_300L);
        assertThat(counts.artistMatchRate()).isBetween(0.59, 0.62);
    }

    @Test
    void tagsOfDataWithGenresCarryNoQuotes() throws Exception {
        Path artists = DATA.resolve("data_w_genres.csv");
        assumeTrue(Files.exists(artists), "shared data not present");
        ImportResult result = new TableImporter(Map.of()).read(List.of(artists), TaskContext.silent());
        Map<String, Long> artistsPerTag = result.artists().stream().flatMap(a -> a.genres().stream())
                .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()));

        assertThat(artistsPerTag.keySet()).noneMatch(t -> t.contains("\""));
        assertThat(artistsPerTag).containsEntry("childrens music", 88L)
                .containsKeys("punk n roll", "canzone dautore", "womens music", "childrens folk");
        assertThat(artistsPerTag).hasSize(2_972);
    }
}
