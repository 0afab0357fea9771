package org.genreworkbench.ml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackFeature;

/**
 * How many of a project's tracks have a value for each model feature. A feature that no track has (followers
 * from a CSV without them, say) gives a model nothing to learn from, and filling it with a mean or dropping the
 * tracks that lack it would only hide that.
 *
 * @param tracks  the tracks looked at
 * @param present per feature of {@link Features#ALL}, the tracks that have a value
 */
public record FeatureCoverage(int tracks, Map<String, Integer> present) {

    public FeatureCoverage {
        present = Map.copyOf(present);
    }

    public static FeatureCoverage of(Project project) {
        return of(project.tracks().values(), project);
    }

    /**
     * The coverage of {@code tracks}, their artists looked up in {@code artists}: one pass, each feature looked up
     * once, for it is counted again whenever tracks come or go.
     */
    public static FeatureCoverage of(Collection<Track> tracks, Project artists) {
        List<TrackFeature> features = Features.ALL.stream().map(TrackFeature::byFieldName).toList();
        int[] counts = new int[features.size()];
        for (Track track : tracks) {
            for (int f = 0; f < counts.length; f++) {
                if (!Double.isNaN(features.get(f).valueOf(track, artists))) {
                    counts[f]++;
                }
            }
        }
        Map<String, Integer> present = new LinkedHashMap<>();
        for (int f = 0; f < counts.length; f++) {
            present.put(Features.ALL.get(f), counts[f]);
        }
        return new FeatureCoverage(tracks.size(), present);
    }

    /** The share of tracks without a value, 0 to 1; 0 when there are no tracks. */
    public double missingShare(String feature) {
        return tracks == 0 ? 0 : 1 - present.getOrDefault(feature, 0) / (double) tracks;
    }

    /** The features of {@link Features#ALL} that no track has, in that order; none when there are no tracks. */
    public List<String> absent() {
        return Features.ALL.stream().filter(f -> tracks > 0 && present.getOrDefault(f, 0) == 0).toList();
    }
}
