package org.genreworkbench.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/**
 * Splits the rows of {@link FeatureColumns} into groups for overlaid histograms: by playlist genre, by the
 * active label scheme, or by the most common genre tags. A track can be in several groups (multi-label).
 */
public final class Grouping {
    /** The ways to group, as offered in the Explore tab. */
    public enum Kind { NONE, PLAYLIST_GENRE, LABEL_SCHEME, TOP_TAGS }

    private Grouping() {
    }

    /**
     * The largest groups and how many groups there are in all, so that a chart drawing only the largest can say so.
     *
     * @param groups group name to row indices, largest first
     * @param total  the groups there are (for top tags: the distinct tags), of which {@code groups} are the largest
     */
    public record Largest(Map<String, int[]> groups, int total) {
    }

    /** Group name to row indices, at most {@code maxGroups} groups, largest first. */
    public static Map<String, int[]> of(Project project, List<String> trackIds, Kind kind, int maxGroups) {
        return largest(project, trackIds, kind, maxGroups).groups();
    }

    /** At most {@code maxGroups} groups, largest first, with the number of groups in all. */
    public static Largest largest(Project project, List<String> trackIds, Kind kind, int maxGroups) {
        Map<String, List<Integer>> groups = new HashMap<>();
        int tags = 0;
        switch (kind) {
            case NONE -> {
                return new Largest(Map.of(), 0);
            }
            case PLAYLIST_GENRE -> {
                Map<String, String> genres = project.playlistGenres();
                for (int r = 0; r < trackIds.size(); r++) {
                    String g = genres.get(trackIds.get(r));
                    if (g != null) {
                        groups.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            case LABEL_SCHEME -> {
                LabelScheme scheme = project.labelSchemes().stream()
                        .filter(s -> s.name().equals(project.activeLabelScheme())).findFirst().orElse(null);
                if (scheme == null) {
                    return new Largest(Map.of(), 0);
                }
                for (int r = 0; r < trackIds.size(); r++) {
                    Track t = project.track(trackIds.get(r));
                    for (String label : scheme.labelsOf(t, project)) {
                        groups.computeIfAbsent(label, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            case TOP_TAGS -> {
                List<TagStatistics.TagCount> all = TagStatistics.of(project).tags();
                tags = all.size();
                Set<String> top = new java.util.HashSet<>(all.stream().limit(maxGroups)
                        .map(TagStatistics.TagCount::tag).toList());
                for (int r = 0; r < trackIds.size(); r++) {
                    for (String tag : project.genreTagsOf(project.track(trackIds.get(r)))) {
                        if (top.contains(tag)) {
                            groups.computeIfAbsent(tag, k -> new ArrayList<>()).add(r);
                        }
                    }
                }
            }
        }
        Map<String, int[]> result = new LinkedHashMap<>();
        groups.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).limit(maxGroups)
                .forEach(e -> result.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray()));
        return new Largest(result, kind == Kind.TOP_TAGS ? Math.max(tags, groups.size()) : groups.size());
    }

    /** The values of a column at the given rows. */
    public static double[] select(double[] column, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = column[rows[i]];
        }
        return out;
    }
}
