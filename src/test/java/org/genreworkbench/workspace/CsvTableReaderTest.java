package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The workspace's CSV reader against Jackson's, which read workspace entries before it: on random text made of
 * what matters to CSV (quotes, commas, line ends, spaces, non-ASCII letters) both give the same rows, or both
 * refuse the text.
 */
class CsvTableReaderTest {
    private static final CsvMapper JACKSON = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final String[] PIECES = {"a", "b", "12", "-3.5", "\"", "\"\"", ",", "\n", "\r\n", "\r", " ", "\t",
        "é", "日本", "x\"y", "\"q,r\"", "\"multi\nline\""};

    @Test
    void readsWhatJacksonReadsAndRefusesWhatItRefuses() throws Exception {
        Random random = new Random(11);
        int refused = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder("c0,c1,c2\n");
            int pieces = random.nextInt(30);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            List<List<String>> expected = jackson(text.toString());
            if (expected == null) {
                refused++;
                assertThatThrownBy(() -> ours(text.toString())).as(text.toString())
                        .isInstanceOf(WorkspaceException.class).hasMessageContaining("malformed CSV");
            } else {
                assertThat(ours(text.toString())).as(text.toString()).isEqualTo(expected);
            }
        }
        assertThat(refused).as("some cases are malformed").isBetween(1000, 19_000);
    }

    @Test
    void aBadCellAfterAQuotedLineBreakIsNamedByItsOwnLine() throws Exception {
        String text = "id,name,popularity\nt1,\"Two\nlines\",10\nt2,Other,lots\n";
        CsvTableReader csv = new CsvTableReader("tracks.csv", text.getBytes(StandardCharsets.UTF_8));
        int popularity = csv.column("popularity");
        csv.next();
        assertThat(csv.integer(popularity)).isEqualTo(10);
        csv.next();
        assertThatThrownBy(() -> csv.integer(popularity))
                .hasMessage("tracks.csv line 4, column 3 (popularity): 'lots' is not a whole number");
    }

    @Test
    void wholeNumbersBeyondTheirTypeAreRefusedAndLongOnesReadWhole() throws Exception {
        String text = "id,popularity,ms_played\nt1,3000000000,3000000000\nt2,-2147483648,123456789012345678901\n";
        CsvTableReader csv = new CsvTableReader("tracks.csv", text.getBytes(StandardCharsets.UTF_8));
        int popularity = csv.column("popularity");
        int played = csv.column("ms_played");
        csv.next();
        assertThatThrownBy(() -> csv.integer(popularity))
                .hasMessage("tracks.csv line 2, column 2 (popularity): '3000000000' is not a whole number");
        assertThat(csv.longValue(played)).isEqualTo(3_000_000_000L);
        csv.next();
        assertThat(csv.integer(popularity)).isEqualTo(Integer.MIN_VALUE);
        assertThatThrownBy(() -> csv.longValue(played))
                .hasMessage("tracks.csv line 3, column 3 (ms_played): '123456789012345678901' is not a whole number");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheLineItOpensOn() {
        String text = "id,name\nt1,One\nt2,\"Two,\nt3,Three\n";
        assertThatThrownBy(() -> ours(text)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("tracks.csv line 3: malformed CSV (missing closing quote");
    }

    /** Jackson's rows with blank rows left out, as the workspace skipped them; null when it refuses. */
    private static List<List<String>> jackson(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = JACKSON.readerFor(String[].class).readValues(new StringReader(text))) {
            it.nextValue(); // the header
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                if (!(row.length == 1 && row[0].isEmpty())) {
                    rows.add(Arrays.asList(row));
                }
            }
            return rows;
        } catch (Exception e) {
            return null;
        }
    }

    private static List<List<String>> ours(String text) throws WorkspaceException {
        CsvTableReader csv = new CsvTableReader("tracks.csv", text.getBytes(StandardCharsets.UTF_8));
        List<List<String>> rows = new ArrayList<>();
        while (csv.next()) {
            rows.add(csv.cells());
        }
        return rows;
    }
}
