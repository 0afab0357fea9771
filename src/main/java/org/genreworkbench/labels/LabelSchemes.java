package org.genreworkbench.labels;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genreworkbench.export.CsvWriter;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/** Makes label schemes from a cut tree and writes them, and the track labels they give, as CSV. */
public final class LabelSchemes {
    private LabelSchemes() {
    }

    /** {@code tag,label} rows, one per tag that has a label. */
    public static void writeTagLabels(LabelScheme scheme, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.of(out, List.of("tag", "label"), CsvWriter.Readers.SPREADSHEETS);
        List<Map.Entry<String, String>> rows = new ArrayList<>(scheme.tagToLabel().entrySet());
        rows.sort(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, String> e : rows) {
            csv.text(e.getKey()).text(e.getValue());
        }
        csv.finish();
    }

    /** {@code track_id,name,labels} rows with the labels joined by {@code |}; empty for unlabelled tracks. */
    public static void writeTrackLabels(Project project, LabelScheme scheme, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.of(out, List.of("track_id", "name", "labels"), CsvWriter.Readers.SPREADSHEETS);
        for (Track t : project.tracks().values()) {
            csv.text(t.id()).text(t.name()).text(String.join("|", scheme.labelsOf(t, project)));
        }
        csv.finish();
    }
}
