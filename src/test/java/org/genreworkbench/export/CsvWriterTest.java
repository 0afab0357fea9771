package org.genreworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.genreworkbench.export.CsvWriter.Readers;
import org.junit.jupiter.api.Test;

/** Hostile cells through the one CSV writer: they read back whole, and spreadsheets do not run them. */
class CsvWriterTest {
    /** Cells that break naive CSV, and cells a spreadsheet would run as formulas. */
    private static final List<String> HOSTILE = List.of(
            "plain", "with, comma", "say \"hi\"", "\"", "two\nlines", "cr\r\nlf", " padded ", "", "trailing,",
            "=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn", "'quoted already",
            "naïve — 東京 🎧", "#hash", ";semi");

    @Test
    void everyHostileTextCellReadsBackExactlyForPrograms() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.of(out, List.of("i", "cell"), Readers.PROGRAMS);
        for (int i = 0; i < HOSTILE.size(); i++) {
            csv.number(i).text(HOSTILE.get(i));
        }
        csv.finish();

        List<List<String>> rows = read(out.toString());
        assertThat(rows.get(0)).containsExactly("i", "cell");
        assertThat(rows).hasSize(HOSTILE.size() + 1);
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertThat(rows.get(i + 1)).as("row %d", i).containsExactly(Integer.toString(i), HOSTILE.get(i));
        }
    }

    @Test
    void forSpreadsheetsAFormulaCellIsTextAndEverythingElseIsAsGiven() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.of(out, List.of("cell"), Readers.SPREADSHEETS);
        for (String cell : HOSTILE) {
            csv.text(cell);
        }
        csv.finish();

        List<String> back = read(out.toString()).stream().skip(1).map(r -> r.get(0)).toList();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String cell = HOSTILE.get(i);
            boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
            assertThat(back.get(i)).as("cell %s", cell).isEqualTo(formula ? "'" + cell : cell);
        }
    }

    @Test
    void numbersStayNumbersForSpreadsheetsAndMissingValuesAreEmpty() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter.of(out, List.of("loudness", "tempo", "count", "fixed", "explicit", "name"), Readers.SPREADSHEETS)
                .number(-11.84).number(Double.NaN).number((Integer) null).formatted("-0.500000").bool(true).text(null)
                .number(0.0).number(98.002).number(12).formatted(null).bool(null).text("-")
                .finish();

        assertThat(out.toString()).isEqualTo("loudness,tempo,count,fixed,explicit,name\n"
                + "-11.84,,,-0.500000,true,\n"
                + "0.0,98.002,12,,,\"'-\"\n");
    }

    @Test
    void quotesACellWithAnythingBelowACommaAndLeavesWordsBare() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter.of(out, List.of("a", "b", "c", "d", "e"), Readers.PROGRAMS)
                .text("rock").text("a,b").text("say \"hi\"").text("x\ry").text("k-pop").finish();

        assertThat(out.toString()).isEqualTo("a,b,c,d,e\nrock,\"a,b\",\"say \"\"hi\"\"\",\"x\ry\",k-pop\n");
    }

    @Test
    void theTargetStaysOpenAndAPartRowIsRefused() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.of(out, List.of("a", "b"), Readers.PROGRAMS).text("only one");
        assertThatThrownBy(csv::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("1 of 2");

        CsvWriter.of(out, List.of("again"), Readers.PROGRAMS).finish();
        assertThat(out.toString()).endsWith("again\n");
    }

    private static List<List<String>> read(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(text)) {
            while (it.hasNext()) {
                rows.add(Arrays.asList(it.next()));
            }
        }
        return rows;
    }
}
