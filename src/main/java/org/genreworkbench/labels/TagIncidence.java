package org.genreworkbench.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.TagDistance;

/**
 * The sparse artist × tag incidence: for each artist the indices of its tags. Tags carried by fewer than a
 * minimum number of artists are set aside (and counted), so rare one-off tags do not crowd the tree.
 */
public final class TagIncidence {
    private final List<String> tags;
    private final int[] support;
    private final int[][] tagsOfArtist;
    private final int setAside;

    private TagIncidence(List<String> tags, int[] support, int[][] tagsOfArtist, int setAside) {
        this.tags = tags;
        this.support = support;
        this.tagsOfArtist = tagsOfArtist;
        this.setAside = setAside;
    }

    /** Builds the incidence of the artists' tags with at least {@code minSupport} artists each. */
    public static TagIncidence of(Collection<Artist> artists, int minSupport) {
        List<List<String>> genres = new ArrayList<>(artists.size());
        for (Artist a : artists) {
            genres.add(a.genres());
        }
        return ofTagLists(genres, minSupport);
    }

    /** The same from plain tag lists, one per artist: for benchmarks and imports. */
    public static TagIncidence ofTagLists(List<List<String>> tagsPerArtist, int minSupport) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> list : tagsPerArtist) {
            for (String t : distinct(list)) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minSupport) {
                kept.add(e.getKey());
            }
        }
        kept.sort(null);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            index.put(kept.get(i), i);
        }
        int[] support = new int[kept.size()];
        int[][] byArtist = new int[tagsPerArtist.size()][];
        for (int a = 0; a < tagsPerArtist.size(); a++) {
            int[] ids = distinct(tagsPerArtist.get(a)).stream().map(index::get).filter(i -> i != null)
                    .mapToInt(Integer::intValue).sorted().toArray();
            for (int id : ids) {
                support[id]++;
            }
            byArtist[a] = ids;
        }
        return new TagIncidence(List.copyOf(kept), support, byArtist, counts.size() - kept.size());
    }

    private static List<String> distinct(List<String> list) {
        return list.size() < 2 ? list : list.stream().distinct().toList();
    }

    /** The kept tags, sorted; a tag's position is its index everywhere else. */
    public List<String> tags() {
        return tags;
    }

    public int tagCount() {
        return tags.size();
    }

    /** Artists carrying the tag. */
    public int support(int tag) {
        return support[tag];
    }

    /** Distinct tags below the minimum support. */
    public int setAsideCount() {
        return setAside;
    }

    public int artistCount() {
        return tagsOfArtist.length;
    }

    /**
     * Distances between every pair of kept tags, condensed. Co-occurrences are counted artist by artist
     * over each artist's few tags, never by comparing dense rows: O(Σ tags per artist²) instead of O(tags² · artists).
     */
    public float[] distances(TagDistance distance) {
        int n = tags.size();
        float[] condensed = new float[Condensed.size(n)];
        for (int[] ids : tagsOfArtist) {
            for (int x = 0; x < ids.length; x++) {
                for (int y = x + 1; y < ids.length; y++) {
                    condensed[Condensed.index(n, ids[x], ids[y])] += 1f;
                }
            }
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++, k++) {
                condensed[k] = (float) distance.distance((int) condensed[k], support[i], support[j]);
            }
        }
        return condensed;
    }

    @Override
    public String toString() {
        return "TagIncidence{" + tags.size() + " tags, " + tagsOfArtist.length + " artists, " + setAside
                + " set aside, " + Arrays.stream(support).sum() + " incidences}";
    }
}
