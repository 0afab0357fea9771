package org.genreworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.genreworkbench.model.spec.Specs;
import java.time.Instant;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports people open in spreadsheets, written as the window and the command line write them, with names
 * from other people's data: every cell reads back whole, and none would run as a formula.
 */
class HostileExportsTest {
    private static final String FORMULA_TRACK = "=HYPERLINK(\"http://evil\",\"free\")";
    private static final String MULTILINE_TRACK = "Line one,\nline \"two\"";
    private static final String FORMULA_TAG = "@SUM(1+1)";
    private static final String FORMULA_LABEL = "-1+2";

    @TempDir
    Path dir;

    private static Project project() {
        Project project = new Project();
        project.putArtists(List.of(
                new Artist("a1", "One", List.of(FORMULA_TAG, "rock, hard"), null, null, Source.FILE, Source.FILE)));
        project.putTracks(List.of(
                new Track("t1", FORMULA_TRACK, null, null, null, null, null, List.of("a1"), null, Source.FILE, null),
                new Track("t2", MULTILINE_TRACK, null, null, null, null, null, List.of("a1"), null, Source.FILE, null)));
        return project;
    }

    @Test
    void trackAndTagLabelsReadBackWholeWithFormulasShownAsText() throws IOException {
        Project project = project();
        LabelScheme scheme = new LabelScheme("s", null, Map.of(FORMULA_TAG, FORMULA_LABEL, "rock, hard", "Rock"));
        Path tracks = dir.resolve("tracks.csv");
        Path tags = dir.resolve("tags.csv");
        LabellingService service = new LabellingService();
        service.export(project, scheme, LabellingService.Export.TRACK_LABELS, tracks);
        service.export(project, scheme, LabellingService.Export.TAG_LABELS, tags);

        assertThat(read(tracks)).containsExactly(
                List.of("track_id", "name", "labels"),
                List.of("t1", "'" + FORMULA_TRACK, "'" + FORMULA_LABEL + "|Rock"),
                List.of("t2", MULTILINE_TRACK, "'" + FORMULA_LABEL + "|Rock"));
        assertThat(read(tags)).containsExactly(
                List.of("tag", "label"), List.of("'" + FORMULA_TAG, "'" + FORMULA_LABEL), List.of("rock, hard", "Rock"));
    }

    @Test
    void resultsKeepTheirNumbersAndShowAHostileModelNameAsText() throws IOException {
        Experiment e = new Experiment("e1", "run", Instant.parse("2026-11-24T10:00:00Z"), Specs.oneModel(), List.of("+x", "pop, rock"),
                List.of(List.of("t1")), List.of(new Experiment.ModelResult("=cmd|' /C calc'!A0", "c", List.of(
                        new Experiment.FoldScore(0, Map.of("f1_micro", 0.5), List.of(0.25, 1.0), 12.5, 1.0)))),
                Map.of());
        Path file = dir.resolve("results.csv");

        int rows = ResultsCsv.write(e, file);

        List<List<String>> back = read(file);
        assertThat(back.get(0)).containsExactly("model", "fold", "metric", "value");
        assertThat(back).hasSize(rows + 1);
        assertThat(back.subList(1, back.size())).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("'=cmd|' /C calc'!A0"));
        assertThat(back).contains(List.of("'=cmd|' /C calc'!A0", "0", "f1_micro", "0.500000"),
                List.of("'=cmd|' /C calc'!A0", "0", "f1[pop, rock]", "1.000000"),
                List.of("'=cmd|' /C calc'!A0", "0", "f1[+x]", "0.250000"));
    }

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNext()) {
                rows.add(Arrays.asList(it.next()));
            }
        }
        return rows;
    }
}
