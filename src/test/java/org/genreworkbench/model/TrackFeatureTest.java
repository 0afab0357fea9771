package org.genreworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one vocabulary of track features, and what Explore and the models read from it. */
class TrackFeatureTest {

    @Test
    void theNamesAreThoseOfSpotifyAndOfExperimentSpecs() {
        assertThat(TrackFeature.names(f -> true)).containsExactly("danceability", "energy", "key", "loudness", "mode",
                "speechiness", "acousticness", "instrumentalness", "liveness", "valence", "tempo", "time_signature",
                "duration_ms", "popularity", "year", "explicit", "artist_followers", "artist_popularity");
        assertThat(TrackFeature.names(TrackFeature::forModels)).doesNotContain("artist_popularity").hasSize(17);
        for (AudioFeature a : AudioFeature.values()) {
            assertThat(TrackFeature.byFieldName(a.fieldName()).audioFeature()).isEqualTo(a);
        }
        assertThat(TrackFeature.byFieldName("tempo_bpm")).isNull();
    }

    @Test
    void codesAndFlagsAreCountedAndOnlyCodesAreOneHot() {
        assertThat(TrackFeature.names(f -> f.kind() == TrackFeature.Kind.CODE)).containsExactly("key", "mode", "time_signature");
        assertThat(TrackFeature.names(f -> f.kind() == TrackFeature.Kind.FLAG)).containsExactly("explicit");
    }

    @Test
    void modelsLogTheSkewedFeaturesAndHistogramsStartLogOnlyForThoseSpanningPowersOfTen() {
        // What a spec's logSkewed has always transformed: changing it changes every saved experiment's numbers.
        assertThat(TrackFeature.names(TrackFeature::isLogFriendly)).containsExactly("speechiness", "acousticness",
                "instrumentalness", "liveness", "duration_ms", "artist_followers");
        assertThat(TrackFeature.names(TrackFeature::logAxisByDefault)).containsExactly("duration_ms", "artist_followers");
    }

    @Test
    void eachFeatureIsReadFromATrackAndItsArtistsWithMissingAsNaN() {
        Project project = new Project();
        project.putArtists(List.of(
                new Artist("a1", "Small", List.of(), 1_000L, 30, Source.FILE, null),
                new Artist("a2", "Big", List.of(), 2_000_000L, null, Source.FILE, null),
                new Artist("a3", "Unknown", List.of(), null, null, Source.FILE, null)));
        AudioFeatures audio = AudioFeatures.builder().set(AudioFeature.LOUDNESS, -7.5).set(AudioFeature.KEY, 0).build();
        Track full = new Track("t1", "Full", null, "2019-06-14", 207_959, 63, true, List.of("a1", "a2", "gone"), audio,
                Source.FILE, Source.FILE);
        Track bare = new Track("t2", "Bare", null, null, null, null, null, List.of("a3"), AudioFeatures.none(),
                Source.FILE, null);
        project.putTracks(List.of(full, bare));

        assertThat(TrackFeature.LOUDNESS.valueOf(full, project)).isEqualTo(-7.5);
        assertThat(TrackFeature.KEY.valueOf(full, project)).isZero();
        assertThat(TrackFeature.DURATION_MS.valueOf(full, project)).isEqualTo(207_959);
        assertThat(TrackFeature.POPULARITY.valueOf(full, project)).isEqualTo(63);
        assertThat(TrackFeature.YEAR.valueOf(full, project)).isEqualTo(2019);
        assertThat(TrackFeature.EXPLICIT.valueOf(full, project)).isEqualTo(1);
        assertThat(TrackFeature.ARTIST_FOLLOWERS.valueOf(full, project)).isEqualTo(2_000_000);
        assertThat(TrackFeature.ARTIST_POPULARITY.valueOf(full, project)).isEqualTo(30);
        for (TrackFeature f : TrackFeature.values()) {
            assertThat(f.valueOf(bare, project)).as(f.fieldName()).isNaN();
        }
    }

    @Test
    void unitsAndRangesAreGiven() {
        assertThat(TrackFeature.LOUDNESS.unit()).isEqualTo("dB");
        assertThat(TrackFeature.DANCEABILITY.min()).isZero();
        assertThat(TrackFeature.DANCEABILITY.max()).isEqualTo(1);
        assertThat(TrackFeature.DURATION_MS.max()).isInfinite();
        assertThat(TrackFeature.TIME_SIGNATURE.displayName()).isEqualTo("Time signature");
    }
}
