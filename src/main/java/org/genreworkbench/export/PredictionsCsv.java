package org.genreworkbench.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackSearch;

/**
 * Writes predictions as CSV, one row per predicted track: its id, name and artists, the labels it got (joined by
 * "; ") and the probability of every label in a column {@code p[label]} of its own.
 */
public final class PredictionsCsv {
    private PredictionsCsv() {
    }

    /** Writes the predictions to {@code file}, replacing it; returns the number of tracks written. */
    public static int write(Predictions predictions, Project project, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return write(predictions, project, out);
        }
    }

    static int write(Predictions predictions, Project project, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("track_id", "name", "artists", "predicted"));
        predictions.labels().forEach(label -> header.add("p[" + label + "]"));
        CsvWriter csv = CsvWriter.of(out, header, CsvWriter.Readers.SPREADSHEETS);
        for (Predictions.Track p : predictions.tracks()) {
            Track track = project.track(p.trackId());
            csv.text(p.trackId())
                    .text(track == null ? null : track.name())
                    .text(track == null ? null : String.join(", ", TrackSearch.artistNames(project, track)))
                    .text(String.join("; ", p.labels()));
            for (double probability : p.probabilities()) {
                csv.number(probability);
            }
        }
        csv.finish();
        return predictions.tracks().size();
    }
}
