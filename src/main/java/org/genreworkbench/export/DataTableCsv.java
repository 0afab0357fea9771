package org.genreworkbench.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackSearch;

/**
 * The Data table as CSV: the tracks given (the rows the filter shows, in their order), one a line, with the
 * columns the table shows and the fields behind them, named as the import reads them back. A missing value is
 * an empty cell; artists and genre tags are joined by "; ".
 */
public final class DataTableCsv {
    static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(List.of("track_id", "track_name", "artists", "artist_ids", "album",
                "release_date", "duration_ms", "popularity", "explicit"));
        for (AudioFeature f : AudioFeature.values()) {
            h.add(f.fieldName());
        }
        h.add("genres");
        HEADER = List.copyOf(h);
    }

    private DataTableCsv() {
    }

    /** The tracks whose id is given, in that order; returns the number of rows written. */
    public static int write(Project project, List<String> trackIds, Path file) throws IOException {
        int[] rows = {0};
        WholeFiles.write(file, temp -> {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                // Cells as they are, since the import reads the file back (see CsvWriter.Readers).
                CsvWriter csv = CsvWriter.of(out, HEADER, CsvWriter.Readers.PROGRAMS);
                for (String id : trackIds) {
                    Track t = project.track(id);
                    if (t != null) {
                        row(csv, project, t);
                        rows[0]++;
                    }
                }
                csv.finish();
            }
        });
        return rows[0];
    }

    /** The tracks the Data table's filter shows for this query, in project order. */
    public static List<String> filtered(Project project, String query) {
        String[] words = TrackSearch.words(query);
        List<String> ids = new ArrayList<>();
        for (Track t : project.tracks().values()) {
            if (words.length == 0 || TrackSearch.matches(TrackSearch.searchText(t,
                    String.join(", ", TrackSearch.artistNames(project, t)),
                    String.join(", ", project.genreTagsOf(t))), words)) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    private static void row(CsvWriter csv, Project project, Track t) throws IOException {
        csv.text(t.id()).text(t.name()).text(String.join("; ", TrackSearch.artistNames(project, t)))
                .text(String.join("; ", t.artistIds())).text(t.album()).text(t.releaseDate())
                .number(t.durationMs()).number(t.popularity()).bool(t.explicit());
        for (AudioFeature f : AudioFeature.values()) {
            double v = t.features().valueOrNaN(f);
            csv.formatted(Double.isNaN(v) ? null : v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
        }
        csv.text(String.join("; ", project.genreTagsOf(t)));
    }
}
