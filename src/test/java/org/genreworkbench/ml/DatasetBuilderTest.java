package org.genreworkbench.ml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.spec.DatasetSpec;
import org.junit.jupiter.api.Test;

/** Why a data set has no rows, said so that a person knows what to change. */
class DatasetBuilderTest {

    @Test
    void aFeatureEveryLabelledTrackLacksIsNamedRatherThanSayingNoTrackHasALabel() {
        Project project = LabelledSample.sixLabels();
        // as in the public songs, which carry no time signature
        List<Track> without = project.tracks().values().stream()
                .map(t -> t.withFeatures(withoutTimeSignature(t.features()), t.featuresSource())).toList();
        project.putTracks(without);
        DatasetSpec spec = new DatasetSpec("labelScheme", null, List.of("energy", "time_signature", "tempo"),
                true, false, false, true);

        assertThatThrownBy(() -> DatasetBuilder.build(project, spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("each of the")
                .hasMessageContaining("tracks with a label lacks a chosen feature (none has time_signature)")
                .hasMessageNotContaining("no track has a label");
    }

    @Test
    void withNoTrackInAPlaylistWithAGenreItSaysSo() {
        Project bare = new Project();
        bare.putTracks(LabelledSample.sixLabels().tracks().values());
        DatasetSpec spec = new DatasetSpec("playlistGenre", null, List.of("energy"), true, false, false, true);

        assertThatThrownBy(() -> DatasetBuilder.build(bare, spec))
                .hasMessageContaining("no track is in a playlist with a genre");
    }

    private static AudioFeatures withoutTimeSignature(AudioFeatures features) {
        double[] values = new double[AudioFeature.values().length];
        for (AudioFeature f : AudioFeature.values()) {
            values[f.ordinal()] = f == AudioFeature.TIME_SIGNATURE ? Double.NaN : features.valueOrNaN(f);
        }
        return AudioFeatures.of(values);
    }
}
