package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Cells of the same bytes share one value, found by their bytes; other cells never get another cell's value. */
class SharedCellsTest {
    @Test
    void cellsOfTheSameBytesShareOneValueMadeOnce() throws Exception {
        // More distinct cells than the table's first capacity, so that it grows while they come.
        StringBuilder text = new StringBuilder("v\n");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5000; i++) {
                text.append("album ").append(i).append('\n');
            }
        }
        CsvTableReader csv = reader(text.toString());
        SharedCells<String> albums = csv.sharedCells(1 << 16);
        AtomicInteger made = new AtomicInteger();
        Function<String, String> make = s -> {
            made.incrementAndGet();
            return new String(s);
        };
        List<String> values = new ArrayList<>();
        while (csv.next()) {
            values.add(csv.shared(0, albums, make));
        }

        assertThat(values).hasSize(10_000);
        assertThat(made).hasValue(5000);
        for (int i = 0; i < 5000; i++) {
            assertThat(values.get(i)).isEqualTo("album " + i).isSameAs(values.get(5000 + i));
        }
    }

    @Test
    void cellsOfTheSameHashButOtherBytesKeepTheirOwnValues() throws Exception {
        // "Aa" and "BB" have the same hash; so have "AaAa", "AaBB", "BBAa" and "BBBB".
        assertThat(SharedCells.hash(bytes("Aa"), 0, 2)).isEqualTo(SharedCells.hash(bytes("BB"), 0, 2));
        CsvTableReader csv = reader("v\nAa\nBB\nAaAa\nAaBB\nBBAa\nBBBB\nBB\nAa\nBBBB\n");
        SharedCells<String> cells = csv.sharedCells(100);
        List<String> values = new ArrayList<>();
        while (csv.next()) {
            values.add(csv.shared(0, cells, String::new));
        }

        assertThat(values).containsExactly("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "BB", "Aa", "BBBB");
        assertThat(values.get(6)).isSameAs(values.get(1));
        assertThat(values.get(7)).isSameAs(values.get(0));
        assertThat(values.get(8)).isSameAs(values.get(5));
    }

    @Test
    void pastItsBoundTheTableKeepsNoNewCellsButStillGivesTheirValues() throws Exception {
        CsvTableReader csv = reader("v\na\nb\nc\na\nb\nc\n");
        SharedCells<String> cells = csv.sharedCells(2);
        List<String> values = new ArrayList<>();
        while (csv.next()) {
            values.add(csv.shared(0, cells, String::new));
        }

        assertThat(values).containsExactly("a", "b", "c", "a", "b", "c");
        assertThat(values.get(3)).isSameAs(values.get(0));
        assertThat(values.get(4)).isSameAs(values.get(1));
        assertThat(values.get(5)).isEqualTo("c").isNotSameAs(values.get(2));
    }

    @Test
    void emptyCellsAreNullAndQuotedCellsAreReadAsTheirText() throws Exception {
        CsvTableReader csv = reader("v,w\n,x\n\"say \"\"hi\"\"\",x\n\"say \"\"hi\"\"\",x\n\"plain\",x\nplain,x\n");
        SharedCells<String> cells = csv.sharedCells(100);
        AtomicInteger made = new AtomicInteger();
        List<String> values = new ArrayList<>();
        while (csv.next()) {
            values.add(csv.shared(0, cells, s -> {
                made.incrementAndGet();
                return s;
            }));
        }

        assertThat(values).containsExactly(null, "say \"hi\"", "say \"hi\"", "plain", "plain");
        // A cell with doubled quotes is made each time; "plain" quoted and unquoted are the same bytes inside.
        assertThat(made).hasValue(3);
        assertThat(values.get(4)).isSameAs(values.get(3));
    }

    private static CsvTableReader reader(String text) throws WorkspaceException {
        return new CsvTableReader("test.csv", bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
