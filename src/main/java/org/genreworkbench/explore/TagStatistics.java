package org.genreworkbench.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/**
 * Why genre tags make a hard label, in numbers: how many tags, how unevenly they are used (rank-frequency),
 * how many each artist and track carries, how many tracks each tag reaches.
 *
 * @param tags          every tag with its artist and track counts, most used first
 * @param tagsPerArtist histogram: index = number of tags, value = artists with that many
 * @param tagsPerTrack  histogram: index = number of tags on a track (from its artists), value = tracks
 */
public record TagStatistics(List<TagCount> tags, int[] tagsPerArtist, int[] tagsPerTrack) {

    /** One tag: on how many artists and how many tracks. */
    public record TagCount(String tag, int artists, int tracks) {
    }

    public static TagStatistics of(Project project) {
        Map<String, int[]> counts = new HashMap<>();
        int maxPerArtist = 0;
        for (Artist a : project.artists().values()) {
            maxPerArtist = Math.max(maxPerArtist, a.genres().size());
            for (String g : a.genres()) {
                counts.computeIfAbsent(g, k -> new int[2])[0]++;
            }
        }
        int[] perArtist = new int[maxPerArtist + 1];
        for (Artist a : project.artists().values()) {
            perArtist[a.genres().size()]++;
        }
        List<Integer> perTrackList = new ArrayList<>();
        for (Track t : project.tracks().values()) {
            List<String> mine = project.genreTagsOf(t);
            for (String g : mine) {
                counts.computeIfAbsent(g, k -> new int[2])[1]++;
            }
            perTrackList.add(mine.size());
        }
        int maxPerTrack = perTrackList.stream().mapToInt(Integer::intValue).max().orElse(0);
        int[] perTrack = new int[maxPerTrack + 1];
        for (int c : perTrackList) {
            perTrack[c]++;
        }
        List<TagCount> tags = new ArrayList<>();
        counts.forEach((tag, c) -> tags.add(new TagCount(tag, c[0], c[1])));
        tags.sort(Comparator.comparingInt((TagCount c) -> -c.artists()).thenComparing(TagCount::tag));
        return new TagStatistics(List.copyOf(tags), perArtist, perTrack);
    }

    /** Tags carried by exactly one artist: the long tail. */
    public long singletons() {
        return tags.stream().filter(t -> t.artists() == 1).count();
    }
}
