package org.genreworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {

    @Test
    void theSameSpecGivesTheSameProject() {
        Project a = SampleGenerator.generate(new SampleSpec(99, 1_000, 300, 150));
        Project b = SampleGenerator.generate(new SampleSpec(99, 1_000, 300, 150));
        assertThat(a.tracks()).isEqualTo(b.tracks());
        assertThat(a.artists()).isEqualTo(b.artists());
        assertThat(a.playlists()).isEqualTo(b.playlists());
    }

    @Test
    void anotherSeedGivesOtherData() {
        Project a = SampleGenerator.generate(new SampleSpec(1, 500, 200, 100));
        Project b = SampleGenerator.generate(new SampleSpec(2, 500, 200, 100));
        assertThat(a.tracks().keySet()).doesNotContainAnyElementsOf(b.tracks().keySet());
    }

    @Test
    void theBundledSpecMeetsTheSampleSizes() {
        Project p = SampleGenerator.generate(SampleSpec.bundled());
        assertThat(p.tracks()).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(p.artists()).hasSizeGreaterThanOrEqualTo(1_500);
        assertThat(p.genreTags()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(p.tracks().values()).allMatch(t -> t.source() == Source.SYNTHETIC);
    }

    @Test
    void artistsCarryOneToSixTagsWithALongTailOfRareTags() {
        Project p = SampleGenerator.generate(SampleSpec.bundled());
        assertThat(p.artists().values()).allMatch(a -> a.genres().size() <= 6);
        long tagged = p.artists().values().stream().filter(a -> !a.genres().isEmpty()).count();
        assertThat(tagged).isGreaterThan(p.artists().size() * 9L / 10);
        Map<String, Long> artistsPerTag = p.artists().values().stream().flatMap(a -> a.genres().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        long rare = artistsPerTag.values().stream().filter(n -> n < 5).count();
        long common = artistsPerTag.values().stream().filter(n -> n >= 100).count();
        assertThat(rare).as("tags on fewer than 5 artists").isGreaterThan(artistsPerTag.size() / 3);
        assertThat(common).as("tags on 100 or more artists").isBetween(3L, 40L);
    }

    @Test
    void featuresStayInSpotifyRangesAndSomeAreExplicitlyMissing() {
        Project p = SampleGenerator.generate(SampleSpec.bundled());
        long missing = p.tracks().values().stream().filter(t -> t.features().isEmpty()).count();
        assertThat(missing).isBetween(10L, 200L);
        for (Track t : p.tracks().values()) {
            for (AudioFeature f : new AudioFeature[] {AudioFeature.DANCEABILITY, AudioFeature.ENERGY,
                    AudioFeature.VALENCE, AudioFeature.ACOUSTICNESS}) {
                t.features().get(f).ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
            }
            t.features().get(AudioFeature.KEY).ifPresent(v -> assertThat(v).isBetween(0.0, 11.0));
        }
    }

    @Test
    void familiesDifferInTheirFeatures() {
        Project p = SampleGenerator.generate(SampleSpec.bundled());
        Map<String, String> genreOf = p.playlistGenres();
        double classical = meanAcousticness(p, genreOf, "classical");
        double metal = meanAcousticness(p, genreOf, "metal");
        assertThat(classical - metal).isGreaterThan(0.5);
    }

    private static double meanAcousticness(Project p, Map<String, String> genreOf, String genre) {
        return p.tracks().values().stream().filter(t -> genre.equals(genreOf.get(t.id())))
                .mapToDouble(t -> t.features().valueOrNaN(AudioFeature.ACOUSTICNESS))
                .filter(v -> !Double.isNaN(v)).average().orElseThrow();
    }

    @Test
    void everyArtistHasATrack() {
        Project p = SampleGenerator.generate(new SampleSpec(5, 400, 300, 100));
        var used = p.tracks().values().stream().flatMap(t -> t.artistIds().stream()).collect(Collectors.toSet());
        assertThat(used).containsAll(p.artists().values().stream().map(Artist::id).toList());
    }
}
