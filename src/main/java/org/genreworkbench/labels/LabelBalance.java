package org.genreworkbench.labels;

import java.util.Arrays;

/**
 * How usable a set of clusters is as track labels: how many, how big, how many per track, and how lopsided.
 * Average linkage easily puts nearly every track into one cluster; these numbers show it at once.
 *
 * @param trackCounts       tracks carrying each label
 * @param cardinality       mean number of labels per track, over all tracks
 * @param density           cardinality divided by the number of labels
 * @param unlabelledTracks  tracks with no label at all
 * @param largestShare      share of labelled tracks that carry the most common label
 * @param tracks            all tracks
 * @param taggedTracks      tracks with at least one kept tag: the ones a label could reach
 * @param evenness          entropy of the labels' track counts over its maximum, log(labels): 1 when every
 *                          label is on as many tracks, near 0 when one label has nearly all of them
 */
public record LabelBalance(int clusters, int[] trackCounts, double cardinality, double density,
                           int unlabelledTracks, double largestShare, int tracks, int taggedTracks, double evenness) {

    /** Counts labels per track for the given clusters; O(tracks × tags per track). */
    public static LabelBalance of(TrackTags tracks, Clusters clusters) {
        return of(tracks, clusters.clusterOfTag(), clusters.count());
    }

    /** The same from the cluster of each tag (0 to k − 1, or −1 for none). */
    static LabelBalance of(TrackTags tracks, int[] clusterOfTag, int k) {
        int[] counts = new int[k];
        int[] seenAt = new int[k];
        Arrays.fill(seenAt, -1);
        long labels = 0;
        int unlabelled = 0;
        int tagged = 0;
        for (int t = 0; t < tracks.trackCount(); t++) {
            int mine = 0;
            int[] tags = tracks.tagsOf(t);
            if (tags.length > 0) {
                tagged++;
            }
            for (int tag : tags) {
                int c = clusterOfTag[tag];
                if (c >= 0 && seenAt[c] != t) {
                    seenAt[c] = t;
                    counts[c]++;
                    mine++;
                }
            }
            labels += mine;
            if (mine == 0) {
                unlabelled++;
            }
        }
        int n = tracks.trackCount();
        double cardinality = n == 0 ? 0 : (double) labels / n;
        int largest = Arrays.stream(counts).max().orElse(0);
        int labelled = n - unlabelled;
        return new LabelBalance(k, counts, cardinality, k == 0 ? 0 : cardinality / k, unlabelled,
                labelled == 0 ? 0 : (double) largest / labelled, n, tagged, evenness(counts));
    }

    /** Normalised Shannon entropy of the counts; 0 for fewer than two labels. */
    static double evenness(int[] counts) {
        long total = Arrays.stream(counts).asLongStream().sum();
        if (counts.length < 2 || total == 0) {
            return 0;
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(counts.length);
    }

    /** Tracks that have kept tags and still no label: what left-out tags and exclusions cost. */
    public int unlabelledTaggedTracks() {
        return unlabelledTracks - (tracks - taggedTracks);
    }

    /** The share of tracks with kept tags that got no label. */
    public double unlabelledTaggedShare() {
        return taggedTracks == 0 ? 0 : (double) unlabelledTaggedTracks() / taggedTracks;
    }

    /** Mean number of labels per track among the tracks that have kept tags. */
    public double labelsPerTaggedTrack() {
        return taggedTracks == 0 ? 0 : cardinality * tracks / taggedTracks;
    }
}
