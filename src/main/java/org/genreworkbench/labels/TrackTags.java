package org.genreworkbench.labels;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/**
 * For each track, the indices of its kept tags (the union over its artists), computed once so that the
 * balance of any cut is a quick pass over small arrays — fast enough to follow a drag of the cut line.
 */
public final class TrackTags {
    private final int[][] tagsOfTrack;

    private TrackTags(int[][] tagsOfTrack) {
        this.tagsOfTrack = tagsOfTrack;
    }

    public static TrackTags of(Project project, TagIncidence incidence) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < incidence.tagCount(); i++) {
            indexOf.put(incidence.tags().get(i), i);
        }
        int[][] result = new int[project.tracks().size()][];
        int t = 0;
        for (Track track : project.tracks().values()) {
            // The track's tags are distinct, so their kept indices are too.
            result[t++] = project.genreTagsOf(track).stream().map(indexOf::get).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
        }
        return new TrackTags(result);
    }

    /** Tracks with at least one kept tag. */
    public int taggedCount() {
        int count = 0;
        for (int[] tags : tagsOfTrack) {
            if (tags.length > 0) {
                count++;
            }
        }
        return count;
    }

    public int trackCount() {
        return tagsOfTrack.length;
    }

    int[] tagsOf(int track) {
        return tagsOfTrack[track];
    }
}
