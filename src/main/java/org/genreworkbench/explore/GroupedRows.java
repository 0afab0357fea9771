package org.genreworkbench.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Project;

/**
 * The groups of a {@link Grouping.Kind} seen from the rows: which groups each row of {@link FeatureColumns} is in.
 * A track with two labels (or tags) is in both; a track with none is in no group and is counted as left out.
 *
 * @param kind   how the rows were grouped
 * @param groups group name to its rows, largest group first
 * @param ofRow  per row, the groups it is in (empty when none)
 */
public record GroupedRows(Grouping.Kind kind, Map<String, int[]> groups, List<List<String>> ofRow) {

    /** At most {@code maxGroups} groups of the project's tracks, in the row order of {@code columns}. */
    public static GroupedRows of(Project project, FeatureColumns columns, Grouping.Kind kind, int maxGroups) {
        return of(kind, Grouping.of(project, columns.trackIds(), kind, maxGroups), columns.rows());
    }

    /** Groups given directly, for tests. */
    public static GroupedRows of(Grouping.Kind kind, Map<String, int[]> groups, int rows) {
        List<List<String>> ofRow = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            ofRow.add(new ArrayList<>(1));
        }
        groups.forEach((name, members) -> {
            for (int r : members) {
                ofRow.get(r).add(name);
            }
        });
        return new GroupedRows(kind, new LinkedHashMap<>(groups), ofRow);
    }

    /** Rows in no group: no label, no playlist genre, none of the top tags. */
    public int ungrouped() {
        return (int) ofRow.stream().filter(List::isEmpty).count();
    }

    /** Rows in more than one group, which count in each of them. */
    public int inSeveral() {
        return (int) ofRow.stream().filter(g -> g.size() > 1).count();
    }

    /** The name of the grouping as a column heading. */
    public static String heading(Grouping.Kind kind) {
        return switch (kind) {
            case NONE -> "all";
            case PLAYLIST_GENRE -> "playlist genre";
            case LABEL_SCHEME -> "label";
            case TOP_TAGS -> "genre tag";
        };
    }
}
