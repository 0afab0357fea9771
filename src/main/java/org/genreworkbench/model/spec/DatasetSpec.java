package org.genreworkbench.model.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.genreworkbench.model.TrackFeature;

/**
 * What to learn from what: the target, the features and how to transform them.
 *
 * @param target        a label scheme (multi-label: the scheme named in {@code labelScheme}, else the active one)
 *                      or the playlist genre (single-label)
 * @param features      feature names, see {@link #ALL_FEATURES}; empty means the 12 audio features
 * @param logSkewed     log(1 + x) for the skewed ones (duration, followers, speechiness, liveness, instrumentalness)
 * @param oneHot        key, mode and time signature as indicator columns rather than numbers
 * @param dropMissing   drop tracks with a missing feature (true) or fill with the training mean (false)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatasetSpec(Target target, String labelScheme, List<String> features, boolean standardise,
                          boolean logSkewed, boolean oneHot, boolean dropMissing) {

    /** The 12 audio features, the default. */
    public static final List<String> AUDIO_FEATURES = TrackFeature.names(f -> f.audioFeature() != null);
    /** Every feature a model can use, by its field name. */
    public static final List<String> ALL_FEATURES = TrackFeature.names(TrackFeature::forModels);

    public DatasetSpec {
        target = target == null ? Target.LABEL_SCHEME : target;
        features = features == null || features.isEmpty() ? AUDIO_FEATURES : List.copyOf(features);
        for (String f : features) {
            if (!ALL_FEATURES.contains(f)) {
                throw new IllegalArgumentException("unknown feature '" + f + "'; known: " + ALL_FEATURES);
            }
        }
    }

    /** A data set named in words, as the command line writes it ("labelScheme", "playlistGenre"). */
    public DatasetSpec(String target, String labelScheme, List<String> features, boolean standardise,
                       boolean logSkewed, boolean oneHot, boolean dropMissing) {
        this(target == null ? null : Target.of(target), labelScheme, features, standardise, logSkewed, oneHot,
                dropMissing);
    }

    public boolean singleLabel() {
        return target.singleLabel();
    }
}
