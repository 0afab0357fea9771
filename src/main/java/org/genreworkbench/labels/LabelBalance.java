package org.genreworkbench.labels;

/**
 * How usable a set of clusters is as track labels: how many, how big, how many per track, and how lopsided.
 * Average linkage easily puts nearly every track into one cluster; these numbers show it at once.
 *
 * @param trackCounts       tracks carrying each label
 * @param cardinality       mean number of labels per track, over all tracks
 * @param density           cardinality divided by the number of labels
 * @param unlabelledTracks  tracks with no label at all
 * @param largestShare      share of labelled tracks that carry the most common label
 */
public record LabelBalance(int clusters, int[] trackCounts, double cardinality, double density,
                           int unlabelledTracks, double largestShare) {

    /** Counts labels per track for the given clusters; O(tracks × tags per track). */
    public static LabelBalance of(TrackTags tracks, Clusters clusters) {
        int k = clusters.count();
        int[] counts = new int[k];
        int[] seenAt = new int[k];
        java.util.Arrays.fill(seenAt, -1);
        int[] clusterOfTag = clusters.clusterOfTag();
        long labels = 0;
        int unlabelled = 0;
        for (int t = 0; t < tracks.trackCount(); t++) {
            int mine = 0;
            for (int tag : tracks.tagsOf(t)) {
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
        int largest = 0;
        for (int c : counts) {
            largest = Math.max(largest, c);
        }
        int labelled = n - unlabelled;
        return new LabelBalance(k, counts, cardinality, k == 0 ? 0 : cardinality / k, unlabelled,
                labelled == 0 ? 0 : (double) largest / labelled);
    }
}
