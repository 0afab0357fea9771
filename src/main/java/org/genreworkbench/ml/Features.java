package org.genreworkbench.ml;

import java.util.List;
import java.util.Set;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackFeature;
import org.genreworkbench.model.spec.DatasetSpec;

/**
 * The features a model can use, by the field names experiment specs give them (see {@link TrackFeature}); NaN
 * for a missing value.
 */
public final class Features {
    public static final List<String> AUDIO = DatasetSpec.AUDIO_FEATURES;
    public static final List<String> ALL = DatasetSpec.ALL_FEATURES;
    /** What {@code logSkewed} takes log(1 + x) of. */
    static final Set<String> SKEWED = Set.copyOf(TrackFeature.names(TrackFeature::isLogFriendly));
    /** What {@code oneHot} expands: codes, not yes/no flags. */
    static final Set<String> CATEGORICAL = Set.copyOf(TrackFeature.names(f -> f.kind() == TrackFeature.Kind.CODE));

    private Features() {
    }

    static double value(String feature, Track track, Project project) {
        TrackFeature f = TrackFeature.byFieldName(feature);
        if (f == null || !f.forModels()) {
            throw new IllegalArgumentException("unknown feature " + feature);
        }
        return f.valueOf(track, project);
    }
}
