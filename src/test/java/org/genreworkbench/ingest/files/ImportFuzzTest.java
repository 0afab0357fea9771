package org.genreworkbench.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.genreworkbench.cli.CliRun;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Property: a table file in one of the supported layouts, mutated at random (quotes, separators, encodings,
 * byte-order marks, ragged rows, control characters, huge cells, cut short), imports with its bad rows
 * reported by file, line and column, or is refused with a message naming the file, and a refused import
 * leaves the workspace file as it was. Never another exception.
 *
 * <p>Seeded: each case is (mutation, seed) and replays exactly; a failing one is printed, to keep in
 * {@link #keptCases}. {@code -Dfuzz.seed=N} starts elsewhere, {@code -Dfuzz.scale=K} runs K times as many.
 */
class ImportFuzzTest {
    private static final long FIRST_SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final int SCALE = Integer.getInteger("fuzz.scale", 1);

    @TempDir
    Path dir;

    enum Layout { TIDY_TUESDAY, KAGGLE, ARTIST_TABLE, TSV, API_JSON }

    enum Mutation {
        BAD_VALUE(200), QUOTES(150), SEPARATORS(150), ENCODING(150), RAGGED_ROWS(150), CONTROL_CHARACTERS(150),
        CUT_SHORT(150), FLIPPED_BYTES(200), HUGE_CELL(2);

        final int cases;

        Mutation(int cases) {
            this.cases = cases;
        }
    }

    /**
     * A damaged file. {@code badLine}/{@code badColumn}: a row the damage made bad on purpose, which must be
     * reported exactly there (0 when the damage has no one place).
     */
    record Mutated(Layout layout, String fileName, byte[] bytes, long badLine, String badColumn, String what) {
    }

    @Test
    void mutatedImportsReportBadRowsOrAreRefusedAndARefusalChangesNoWorkspace() throws Exception {
        Path workspace = dir.resolve("target.gwb");
        new WorkspaceWriter().save(org.genreworkbench.sample.SampleGenerator.generate(
                org.genreworkbench.sample.SampleSpec.ofTracks(3, 20)), workspace);
        byte[] before = Files.readAllBytes(workspace);
        List<String> failures = new ArrayList<>();
        Map<Mutation, int[]> tally = new EnumMap<>(Mutation.class);
        for (Mutation mutation : Mutation.values()) {
            int[] importedRefused = tally.computeIfAbsent(mutation, m -> new int[3]);
            long start = System.nanoTime();
            for (int i = 0; i < mutation.cases * SCALE; i++) {
                long seed = FIRST_SEED + i;
                Outcome outcome = check(mutation, seed, workspace, before);
                if (outcome.failure != null) {
                    failures.add(mutation + ", " + seed + "  -> " + outcome.failure);
                } else {
                    importedRefused[outcome.imported ? 0 : 1]++;
                }
            }
            importedRefused[2] = (int) ((System.nanoTime() - start) / 1_000_000);
        }
        StringBuilder summary = new StringBuilder("import fuzz (mutation: imported/refused in ms):");
        tally.forEach((m, n) -> summary.append(' ').append(m).append(' ').append(n[0]).append('/').append(n[1])
                .append(" in ").append(n[2]));
        System.out.println(summary);
        failures.forEach(f -> System.out.println("failing case (keep as @CsvSource line): " + f));
        assertThat(failures).as("failing cases (mutation, seed)").isEmpty();
        assertThat(tally.get(Mutation.BAD_VALUE)[0]).as("bad values are reported rows, not refusals").isPositive();
    }

    /** Cases the fuzzing found once, each fixed in the importer; kept so they are tried on every build. */
    @ParameterizedTest
    @CsvSource({
            // NaN, infinities and numbers too large for a whole-number field were read as 0 or clamped, silently
            "BAD_VALUE, 20261129",
            "BAD_VALUE, 20261133",
            "BAD_VALUE, 20261155",
            // malformed JSON was refused with the parser's exception, not naming the file
            "QUOTES, 20261125",
            "SEPARATORS, 20261128",
    })
    void keptCases(Mutation mutation, long seed) throws Exception {
        Path workspace = dir.resolve("kept.gwb");
        new WorkspaceWriter().save(new org.genreworkbench.model.Project(), workspace);
        assertThat(check(mutation, seed, workspace, Files.readAllBytes(workspace)).failure).isNull();
    }

    private record Outcome(boolean imported, String failure) {
    }

    private Outcome check(Mutation mutation, long seed, Path workspace, byte[] before) throws IOException {
        Mutated m = mutate(mutation, seed);
        Path file = dir.resolve(m.fileName);
        Files.write(file, m.bytes);
        try {
            ImportResult result = new TableImporter(Map.of()).read(List.of(file), TaskContext.silent());
            return new Outcome(true, importedProblem(m, result));
        } catch (IOException e) {
            return new Outcome(false, refusalProblem(m, e, file, workspace, before));
        } catch (Throwable t) {
            return new Outcome(false, m.what + ": threw " + t);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String importedProblem(Mutated m, ImportResult result) {
        long lines = new String(m.bytes, StandardCharsets.ISO_8859_1).lines().count() + 1;
        for (Problem p : result.problems()) {
            if (!p.file().equals(m.fileName) || p.line() < 1 || p.line() > Math.max(lines, result.rows() + 1)
                    || p.message() == null || p.message().isBlank()) {
                return m.what + ": a bad row reported without its place: " + p;
            }
        }
        if (m.badLine > 0 && result.problems().stream().noneMatch(
                p -> p.line() == m.badLine && m.badColumn.equals(p.column()))) {
            return m.what + ": the bad cell at line " + m.badLine + ", column " + m.badColumn
                    + " was not reported: " + result.problems();
        }
        return null;
    }

    /** A refusal names the file, and the same import from the command line leaves the workspace as it was. */
    private static String refusalProblem(Mutated m, IOException e, Path file, Path workspace, byte[] before)
            throws IOException {
        if (e.getMessage() == null || !e.getMessage().startsWith(m.fileName) || e.getMessage().contains("(null)")) {
            return m.what + ": refused without naming the file: " + e;
        }
        if (e.getMessage().matches("(?s).*\\b(com\\.fasterxml|java\\.(lang|io|util))\\..*")) {
            return m.what + ": refused in the library's words, not the user's: " + e.getMessage();
        }
        if (m.badLine > 0) {
            return m.what + ": one bad cell refused the whole file: " + e.getMessage();
        }
        CliRun run = CliRun.of("import", file.toString(), "--into", workspace.toString());
        if (run.code() == 0) {
            return m.what + ": the command line imported what the importer refused";
        }
        String said = run.err().strip();
        if (!said.startsWith("error: " + m.fileName) || said.contains("\n")) {
            return m.what + ": the command line did not say in one line what was refused: " + said;
        }
        if (!Arrays.equals(before, Files.readAllBytes(workspace))) {
            return m.what + ": a refused import changed the workspace";
        }
        return null;
    }

    // ---- valid files in each layout ----

    private static final String TIDY_HEADER = "track_id,track_name,track_artist,track_popularity,track_album_id,"
            + "track_album_name,track_album_release_date,playlist_name,playlist_id,playlist_genre,playlist_subgenre,"
            + "danceability,energy,key,loudness,mode,speechiness,acousticness,instrumentalness,liveness,valence,"
            + "tempo,duration_ms";
    private static final String KAGGLE_HEADER = ",track_id,artists,album_name,track_name,popularity,duration_ms,"
            + "explicit,danceability,energy,key,loudness,mode,speechiness,acousticness,instrumentalness,liveness,"
            + "valence,tempo,time_signature,track_genre";
    private static final String ARTIST_HEADER = "genres,artists,acousticness,danceability,duration_ms,energy,"
            + "instrumentalness,liveness,loudness,speechiness,tempo,valence,popularity,key,mode,count";
    private static final String[] NAMES = {"Plain", "Comma, Inside", "Quote \"Inside\"", "Déjà vu — 日本",
            "Line\nBreak", "Semi;colon", "Tab\there", "Émilie"};

    /** Rows as cells; the header first. */
    static List<String[]> rows(Layout layout, Random random) {
        List<String[]> rows = new ArrayList<>();
        int n = 10 + random.nextInt(20);
        switch (layout) {
            case TIDY_TUESDAY, TSV, API_JSON -> {
                rows.add(TIDY_HEADER.split(","));
                for (int i = 0; i < n; i++) {
                    rows.add(new String[] {id(random), name(random), name(random), "" + random.nextInt(101), id(random),
                            name(random), "2019-06-14", name(random), "pl" + random.nextInt(3), "pop", "dance pop",
                            dec(random), dec(random), "" + random.nextInt(12), "-" + dec(random), "1", dec(random),
                            dec(random), dec(random), dec(random), dec(random), "120.5", "" + (100_000 + random.nextInt(200_000))});
                }
            }
            case KAGGLE -> {
                rows.add(KAGGLE_HEADER.split(",", -1));
                for (int i = 0; i < n; i++) {
                    rows.add(new String[] {"" + i, id(random), name(random) + ";" + name(random), name(random), name(random),
                            "" + random.nextInt(101), "" + (100_000 + random.nextInt(200_000)), "False", dec(random),
                            dec(random), "" + random.nextInt(12), "-5.1", "0", dec(random), dec(random), dec(random),
                            dec(random), dec(random), "98.0", "4", "acoustic"});
                }
            }
            case ARTIST_TABLE -> {
                rows.add(ARTIST_HEADER.split(","));
                for (int i = 0; i < n; i++) {
                    rows.add(new String[] {"['pop', \"rock 'n' roll\"]", name(random), dec(random), dec(random),
                            "200000", dec(random), dec(random), dec(random), "-7.5", dec(random), "110.1", dec(random),
                            "" + random.nextInt(101), "5", "1", "" + random.nextInt(50)});
                }
            }
        }
        return rows;
    }

    private static String id(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            sb.append("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(random.nextInt(62)));
        }
        return sb.toString();
    }

    private static String name(Random random) {
        return NAMES[random.nextInt(NAMES.length)] + " " + random.nextInt(1000);
    }

    private static String dec(Random random) {
        return String.format(java.util.Locale.ROOT, "%.3f", random.nextDouble());
    }

    static String csv(List<String[]> rows, char separator) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append(separator);
                }
                String cell = row[i];
                boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n")
                        || cell.contains("\r");
                sb.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String json(List<String[]> rows) {
        String[] header = rows.get(0);
        StringBuilder sb = new StringBuilder("{\"tracks\": [\n");
        for (int r = 1; r < rows.size(); r++) {
            sb.append(r == 1 ? "" : ",\n").append('{');
            for (int i = 0; i < rows.get(r).length; i++) {
                String key = i < header.length ? header[i] : "extra" + i;
                sb.append(i == 0 ? "" : ", ").append('"').append(key).append("\": \"")
                        .append(rows.get(r)[i].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                                .replace("\t", "\\t"))
                        .append('"');
            }
            sb.append('}');
        }
        return sb.append("\n]}\n").toString();
    }

    /** The line a data row starts on, counting the newlines inside the quoted cells of the rows above. */
    private static long lineOf(List<String[]> rows, int row) {
        long line = 1;
        for (int r = 0; r < row; r++) {
            for (String cell : rows.get(r)) {
                line += cell.chars().filter(c -> c == '\n').count();
            }
            line++;
        }
        return line;
    }

    // ---- the mutations ----

    static Mutated mutate(Mutation mutation, long seed) {
        Random random = new Random(seed * 31 + mutation.ordinal());
        Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
        List<String[]> rows = rows(layout, random);
        char separator = layout == Layout.TSV ? '\t' : ',';
        String fileName = "input-" + seed + (layout == Layout.API_JSON ? ".json" : layout == Layout.TSV ? ".tsv" : ".csv");
        long badLine = 0;
        String badColumn = null;
        String what = mutation + " of " + layout;
        String text;
        Charset charset = StandardCharsets.UTF_8;
        byte[] prefix = new byte[0];
        switch (mutation) {
            case BAD_VALUE -> {
                int row = 1 + random.nextInt(rows.size() - 1);
                int column = numericColumn(rows.get(0), layout, random);
                boolean whole = rows.get(0)[column].matches(".*(popularity|duration_ms)");
                List<String> bad = new ArrayList<>(List.of("abc", "NaN", "Infinity", "-Infinity", "1e400", "12abc",
                        "--1", "0x1A"));
                if (whole) {
                    bad.addAll(List.of("1e20", "99999999999", "-3e10"));
                }
                String value = bad.get(random.nextInt(bad.size()));
                rows.get(row)[column] = value;
                badLine = layout == Layout.API_JSON ? row : lineOf(rows, row);
                badColumn = rows.get(0)[column];
                what += ": line " + badLine + " " + badColumn + " := " + value;
                text = layout == Layout.API_JSON ? json(rows) : csv(rows, separator);
            }
            case RAGGED_ROWS -> {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    int row = 1 + random.nextInt(rows.size() - 1);
                    String[] cells = rows.get(row);
                    rows.set(row, Arrays.copyOf(cells, random.nextBoolean() ? random.nextInt(cells.length)
                            : cells.length + 1 + random.nextInt(3)));
                    for (int i = cells.length; i < rows.get(row).length; i++) {
                        rows.get(row)[i] = "extra";
                    }
                }
                text = layout == Layout.API_JSON ? json(rows).replaceFirst("\"\\}", "\", }") : csv(rows, separator);
            }
            case HUGE_CELL -> {
                int row = 1 + random.nextInt(rows.size() - 1);
                int column = random.nextInt(rows.get(row).length);
                rows.get(row)[column] = "x".repeat(10 << 20);
                what += ": a 10 MB cell at row " + row + " column " + rows.get(0)[column];
                text = layout == Layout.API_JSON ? json(rows) : csv(rows, separator);
            }
            default -> {
                text = layout == Layout.API_JSON ? json(rows) : csv(rows, separator);
            }
        }
        StringBuilder sb = new StringBuilder(text);
        switch (mutation) {
            case QUOTES -> {
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    int at = random.nextInt(sb.length());
                    switch (random.nextInt(3)) {
                        case 0 -> sb.insert(at, '"');
                        case 1 -> {
                            int q = sb.indexOf("\"", at);
                            if (q >= 0) {
                                sb.deleteCharAt(q);
                            }
                        }
                        default -> sb.insert(at, "\"\"\"");
                    }
                }
            }
            case SEPARATORS -> {
                char to = ";\t|,".charAt(random.nextInt(4));
                boolean all = random.nextBoolean();
                for (int i = 0; i < sb.length(); i++) {
                    char c = sb.charAt(i);
                    if ((c == ',' || c == '\t') && (all || random.nextInt(10) == 0)) {
                        sb.setCharAt(i, to);
                    }
                }
                if (random.nextBoolean()) {
                    String crlf = sb.toString().replace("\n", "\r\n");
                    sb.setLength(0);
                    sb.append(crlf);
                }
            }
            case ENCODING -> {
                switch (random.nextInt(6)) {
                    case 0 -> {
                        charset = StandardCharsets.UTF_16LE;
                        prefix = new byte[] {(byte) 0xFF, (byte) 0xFE};
                    }
                    case 1 -> {
                        charset = StandardCharsets.UTF_16BE;
                        prefix = new byte[] {(byte) 0xFE, (byte) 0xFF};
                    }
                    case 2 -> charset = StandardCharsets.UTF_16LE;
                    case 3 -> charset = StandardCharsets.ISO_8859_1;
                    case 4 -> prefix = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                    default -> prefix = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB,
                            (byte) 0xBF};
                }
                what += " as " + charset + " after " + prefix.length + " mark bytes";
            }
            case CONTROL_CHARACTERS -> {
                String controls = "\0\u0001\u0007\u001A\u001B\r\u2028\uFFFF\uFEFF\u007F\b";
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    sb.insert(random.nextInt(sb.length()), controls.charAt(random.nextInt(controls.length())));
                }
            }
            default -> {
            }
        }
        byte[] body = sb.toString().getBytes(charset);
        byte[] bytes = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(body, 0, bytes, prefix.length, body.length);
        if (mutation == Mutation.CUT_SHORT) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            what += " cut at " + bytes.length;
        } else if (mutation == Mutation.FLIPPED_BYTES) {
            for (int k = 0; k < 1 + random.nextInt(5); k++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
            }
        }
        return new Mutated(layout, fileName, bytes, badLine, badColumn, what);
    }

    /** A column read as a number: popularity, an audio feature, a duration. */
    private static int numericColumn(String[] header, Layout layout, Random random) {
        // An artist table reads its popularity; its averaged audio features are not the artist's own.
        String read = layout == Layout.ARTIST_TABLE ? "popularity"
                : "track_popularity|popularity|danceability|energy|loudness|tempo|duration_ms|valence";
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (header[i].matches(read)) {
                numeric.add(i);
            }
        }
        return numeric.get(random.nextInt(numeric.size()));
    }
}
