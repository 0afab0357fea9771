package org.genreworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tablesaw tables written for spreadsheets: read back, formulas neutralised, numbers untouched. */
class TableCsvTest {
    @TempDir
    Path dir;

    private static GroupSummaries summaries() {
        FeatureColumns columns = FeatureColumns.of(new LinkedHashMap<>(Map.of("loudness",
                new double[] {-5.5, -7.25, -9, -3, Double.NaN})));
        Map<String, int[]> groups = new LinkedHashMap<>();
        groups.put("=HYPERLINK(\"http://x\",\"y\")", new int[] {0, 1, 2});
        groups.put("drum, bass", new int[] {3});
        groups.put(" lo-fi ", new int[] {4});
        return GroupSummaries.of(columns, GroupedRows.of(Grouping.Kind.TOP_TAGS, groups, 5), TaskContext.silent());
    }

    @Test
    void groupSummariesReadBackWithTheirNumbersAndNeutralisedNames() throws Exception {
        Path file = dir.resolve("groups.csv");
        TableCsv.write(summaries().table(), file);

        String text = Files.readString(file);
        assertThat(text).startsWith("genre tag,tracks,loudness count,loudness mean,loudness median,loudness sd\n");
        assertThat(text).doesNotContain("\r");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(4);
        // The formula is text to a spreadsheet; a negative mean stays a number; one value has no SD.
        assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",3,3.0,-7.25,-7.25,1.75");
        assertThat(lines.get(2)).isEqualTo("\"drum, bass\",1,1.0,-3.0,-3.0,");
        // Read back by another reader (Jackson's, the one the workspace uses): names whole, numbers parse.
        List<String[]> back;
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(file.toFile())) {
            back = it.readAll();
        }
        assertThat(back).extracting(r -> r[0]).containsExactly("genre tag", "'=HYPERLINK(\"http://x\",\"y\")",
                "drum, bass", " lo-fi ");
        assertThat(Double.parseDouble(back.get(1)[3])).isEqualTo(-7.25);
        assertThat(Double.parseDouble(back.get(2)[3])).isEqualTo(-3.0);
        assertThat(back.get(3)[2]).isEqualTo("0.0");
        assertThat(back.get(3)[3]).isEmpty();
    }

    @Test
    void aCrossTabulationsColumnHeadingsAreNeutralisedToo() throws Exception {
        Map<String, int[]> rows = Map.of("+rows", new int[] {0, 1});
        Map<String, int[]> columns = new LinkedHashMap<>();
        columns.put("@SUM(A1)", new int[] {0});
        columns.put("-plain", new int[] {1});
        CrossTabulation c = CrossTabulation.of(GroupedRows.of(Grouping.Kind.LABEL_SCHEME, rows, 2),
                GroupedRows.of(Grouping.Kind.TOP_TAGS, columns, 2));
        Path file = dir.resolve("cross.csv");
        TableCsv.write(c.table(CrossTabulation.Cells.ROW_PROPORTIONS), file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("[labels],'-plain,'@SUM(A1),total");
        assertThat(lines.get(1)).isEqualTo("'+rows,0.5,0.5,1.0");
        assertThat(lines.get(2)).isEqualTo("Total,0.5,0.5,1.0");
    }
}
