package org.genreworkbench.labels;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.model.Artist;
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
        Set<Integer> ids = new LinkedHashSet<>();
        for (Track track : project.tracks().values()) {
            ids.clear();
            for (String artistId : track.artistIds()) {
                Artist artist = project.artist(artistId);
                if (artist != null) {
                    for (String g : artist.genres()) {
                        Integer id = indexOf.get(g);
                        if (id != null) {
                            ids.add(id);
                        }
                    }
                }
            }
            result[t++] = ids.stream().mapToInt(Integer::intValue).toArray();
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
