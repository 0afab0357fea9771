package org.genreworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.genreworkbench.explore.TagStatistics;
import org.junit.jupiter.api.Test;

/** The one walk from a track to its artists' tags, and the label schemes and statistics that read it. */
class GenreTagsOfTrackTest {

    private static Project project() {
        Project project = new Project();
        project.putArtists(List.of(
                new Artist("a1", "One", List.of("pop", "dance pop"), null, null, Source.FILE, Source.FILE),
                new Artist("a2", "Two", List.of("rock", "pop", "album rock"), null, null, Source.FILE, Source.FILE)));
        project.putTracks(List.of(
                new Track("t1", "Both", null, null, null, null, null, List.of("a1", "a2", "missing"),
                        AudioFeatures.none(), Source.FILE, null),
                new Track("t2", "Nobody known", null, null, null, null, null, List.of("missing"),
                        AudioFeatures.none(), Source.FILE, null)));
        return project;
    }

    @Test
    void theWorkspacesGenreTagsFollowItsArtists() {
        Project project = project();
        assertThat(project.genreTags()).containsExactly("album rock", "dance pop", "pop", "rock");
        Project snapshot = project.snapshot();

        project.putArtists(List.of(new Artist("a3", "Three", List.of("bebop"), null, null, Source.FILE, Source.FILE)));
        assertThat(project.genreTags()).containsExactly("album rock", "bebop", "dance pop", "pop", "rock");
        assertThat(snapshot.genreTags()).containsExactly("album rock", "dance pop", "pop", "rock");
    }

    @Test
    void aTrackHasEachTagOfItsArtistsOnceInFirstSeenOrder() {
        Project project = project();

        assertThat(project.genreTagsOf(project.track("t1"))).containsExactly("pop", "dance pop", "rock", "album rock");
        assertThat(project.genreTagsOf(project.track("t2"))).isEmpty();
    }

    @Test
    void aSchemeLabelsATrackByItsTagsEachLabelOnce() {
        Project project = project();
        LabelScheme scheme = new LabelScheme("s", null,
                Map.of("rock", "Rock", "album rock", "Rock", "dance pop", "Pop", "pop", "Pop"));

        assertThat(scheme.labelsOf(project.track("t1"), project)).containsExactly("Pop", "Rock");
        assertThat(scheme.labelsOf(project.track("t2"), project)).isEmpty();
    }

    @Test
    void tagStatisticsCountATagOncePerTrack() {
        TagStatistics stats = TagStatistics.of(project());

        assertThat(stats.tags()).filteredOn(c -> c.tag().equals("pop")).singleElement()
                .satisfies(c -> assertThat(c.tracks()).isEqualTo(1))
                .satisfies(c -> assertThat(c.artists()).isEqualTo(2));
        // One track with no tag, one with four.
        assertThat(stats.tagsPerTrack()).containsExactly(1, 0, 0, 0, 1);
    }
}
