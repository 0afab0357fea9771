package org.genreworkbench.ingest.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A column of a file before import: its header, the field suggested for it (from its name, else from its
 * values), its first values, and for a column left unread the fields nearest to its name, for the mapping step.
 */
public record ColumnPreview(String header, Field suggested, List<String> samples, List<Field> nearest) {
    private static final int SAMPLE_ROWS = 5;

    /** The columns of a file with suggestions, reading only its first rows. */
    public static List<ColumnPreview> of(Path file, Map<String, Field> overrides) throws Exception {
        return FilePreview.of(file, overrides).columns();
    }

    static List<ColumnPreview> of(TableSource source, Map<Integer, Field> mapping) {
        List<List<String>> samples = new ArrayList<>();
        for (int i = 0; i < source.header().size(); i++) {
            samples.add(new ArrayList<>());
        }
        var rows = source.rows();
        for (int r = 0; r < SAMPLE_ROWS && rows.hasNext(); r++) {
            String[] row = rows.next();
            for (int i = 0; i < samples.size() && i < row.length; i++) {
                samples.get(i).add(row[i]);
            }
        }
        List<ColumnPreview> columns = new ArrayList<>();
        for (int i = 0; i < source.header().size(); i++) {
            Field f = mapping.get(i);
            if (f == Field.IGNORE) {
                f = fromValues(samples.get(i));
            }
            columns.add(new ColumnPreview(source.header().get(i), f, List.copyOf(samples.get(i)),
                    f == Field.IGNORE ? ColumnRecogniser.nearest(source.header().get(i)) : List.of()));
        }
        return columns;
    }

    /** A guess from values alone: Spotify ids, genre lists; otherwise nothing. */
    static Field fromValues(List<String> values) {
        if (values.isEmpty()) {
            return Field.IGNORE;
        }
        if (values.stream().allMatch(v -> RowParser.bareId(v).matches("[0-9A-Za-z]{22}"))) {
            return Field.TRACK_ID;
        }
        if (values.stream().allMatch(v -> v.strip().startsWith("[") && v.strip().endsWith("]"))) {
            return Field.GENRES;
        }
        return Field.IGNORE;
    }

    /** True when no column is left unread. */
    public static boolean allMapped(List<ColumnPreview> columns) {
        return columns.stream().noneMatch(c -> c.suggested() == Field.IGNORE);
    }
}
