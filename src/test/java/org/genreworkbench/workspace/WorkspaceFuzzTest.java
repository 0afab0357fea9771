package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Property: a workspace damaged in any of the ways disks, downloads and hostile makers damage files either
 * loads completely (the same project, where the damage cannot have changed meaning) or is refused with a
 * {@link WorkspaceException} that names the entry. Never another exception, never part of a project, never
 * a file written anywhere.
 *
 * <p>Seeded: each case is (damage, seed) and replays exactly. A failing case is printed; keep it in
 * {@link #keptCases} once fixed. {@code -Dfuzz.seed=N} starts elsewhere, {@code -Dfuzz.scale=K} runs K times as
 * many cases.
 */
class WorkspaceFuzzTest {
    /** Small enough to keep a case around a millisecond, large enough for the bomb test to pass it. */
    private static final long ENTRY_LIMIT = 256 << 10;
    private static final long FIRST_SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final int SCALE = Integer.getInteger("fuzz.scale", 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private static final java.util.regex.Pattern ENTRY_AS_STORED =
            java.util.regex.Pattern.compile("case\\.gwb: [^ :]+: ");
    private static final Clock SAVED_AT = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    /** Where a hostile absolute name points: the same on every run, so that the damaged bytes are too. */
    private static final String OUTSIDE = "/tmp/genre-workbench-fuzz-outside";
    private static final List<byte[]> BASES = new ArrayList<>();
    private static final List<Map<String, String>> BASE_CONTENT = new ArrayList<>();

    @TempDir
    static Path dir;

    enum Damage {
        FLIPPED_BYTES(1200), TRUNCATED(400), REMOVED_ENTRY(60), DUPLICATED_ENTRY(100), REORDERED(100),
        WRONG_JSON_TYPE(800), BAD_CSV_CELL(800), HUGE_DECLARED_SIZE(200), HOSTILE_NAME(200), BOMB(20);

        final int cases;

        Damage(int cases) {
            this.cases = cases;
        }
    }

    /** What a damaged file may do: load the very same project, load some complete project, or neither. */
    enum Allowed { SAME, SAME_OR_REFUSED, COMPLETE_OR_REFUSED, REFUSED }

    /** @param entry the entry a refusal must name; null when the damage is to the archive as a whole */
    record Damaged(int base, byte[] bytes, String entry, Allowed allowed, String what) {
    }

    @BeforeAll
    static void validWorkspaces() throws IOException {
        for (Project p : baseProjects()) {
            BASES.add(base(p));
            BASE_CONTENT.add(content(p));
        }
        Files.createDirectories(dir.resolve("outside"));
    }

    /** A small hand-made workspace, and a generated one holding every kind of entry. */
    private static List<Project> baseProjects() {
        Project generated = SampleGenerator.generate(SampleSpec.ofTracks(7, 60));
        Project handMade = WorkspaceRoundTripTest.handMadeProject();
        generated.putLabelScheme(handMade.labelSchemes().get(0));
        generated.setActiveLabelScheme(handMade.activeLabelScheme());
        handMade.experiments().forEach(generated::putExperiment);
        generated.setIngestState(handMade.ingestState());
        return List.of(handMade, generated);
    }

    /** The file as saved at a fixed moment: the same bytes on every run, so that a printed seed replays. */
    private static byte[] base(Project project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkspaceWriter(SAVED_AT).writeTo(project, out);
        return out.toByteArray();
    }

    @Test
    void theBasesAndTheCasesAreTheSameBytesEachTimeTheyAreMade() throws Exception {
        List<Project> again = baseProjects();
        for (int b = 0; b < BASES.size(); b++) {
            assertThat(base(again.get(b))).as("base %d", b).isEqualTo(BASES.get(b));
        }
        assertThat(fingerprint()).isEqualTo(fingerprint());
    }

    /**
     * A seed printed on one machine replays on another: a process with another time zone, temporary folder and
     * working folder makes the very same bases and damaged files.
     */
    @Test
    void anotherProcessInAnotherTimeZoneAndFolderMakesTheSameBasesAndCases(@TempDir Path elsewhere) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Pacific/Chatham", "-Djava.io.tmpdir=" + elsewhere, "-cp", System.getProperty("java.class.path"),
                Fingerprint.class.getName()).directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor()).as(printed).isZero();
        assertThat(printed).isEqualTo(fingerprint());
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertThat(left).isEmpty();
        }
    }

    /** The bases, and the first cases of every kind of damage, as one digest. */
    static String fingerprint() throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        BASES.forEach(digest::update);
        for (Damage damage : Damage.values()) {
            for (long seed = FIRST_SEED; seed < FIRST_SEED + 25; seed++) {
                Damaged d = damage(damage, seed);
                digest.update(d.bytes());
                digest.update(d.what().getBytes(StandardCharsets.UTF_8));
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** Prints {@link #fingerprint} as a separate process makes it. */
    static final class Fingerprint {
        public static void main(String[] args) throws Exception {
            for (Project p : baseProjects()) {
                BASES.add(base(p));
            }
            System.out.println(fingerprint());
        }
    }

    @Test
    void thousandsOfDamagedWorkspacesLoadCompletelyOrAreRefusedNamingTheEntry() throws IOException {
        List<String> failures = new ArrayList<>();
        Map<Damage, int[]> tally = new EnumMap<>(Damage.class);
        for (Damage damage : Damage.values()) {
            int[] loadedRefused = tally.computeIfAbsent(damage, d -> new int[2]);
            for (int i = 0; i < damage.cases * SCALE; i++) {
                long seed = FIRST_SEED + i;
                Outcome outcome = check(damage, seed);
                if (outcome.failure != null) {
                    failures.add(damage + ", " + seed + "  -> " + outcome.failure);
                } else {
                    loadedRefused[outcome.loaded ? 0 : 1]++;
                }
            }
        }
        StringBuilder summary = new StringBuilder("workspace fuzz (damage: loaded/refused):");
        tally.forEach((d, n) -> summary.append(' ').append(d).append(' ').append(n[0]).append('/').append(n[1]));
        System.out.println(summary);
        failures.forEach(f -> System.out.println("failing case (keep as @CsvSource line): " + f));
        assertThat(failures).as("failing cases (damage, seed)").isEmpty();
        assertThat(tally.values().stream().mapToInt(n -> n[0] + n[1]).sum())
                .isEqualTo(Arrays.stream(Damage.values()).mapToInt(d -> d.cases * SCALE).sum());
        assertNothingWrittenOutside();
    }

    /** Cases the fuzzing found once, each fixed in the reader; kept so they are tried on every build. */
    @ParameterizedTest
    @CsvSource({
            // an optional entry removed loaded without its playlists / ingestion state
            "REMOVED_ENTRY, 20261128",
            "REMOVED_ENTRY, 20261138",
            // a damaged byte inside an entry inflated to other, plausible text that loaded
            "FLIPPED_BYTES, 20261130",
            "FLIPPED_BYTES, 20261202",
            // the end record pointing past the end of the file gave "could not be read (null)"
            "FLIPPED_BYTES, 20261449",
            // a newer format version's refusal did not name manifest.json
            "WRONG_JSON_TYPE, 20261706",
    })
    void keptCases(Damage damage, long seed) throws IOException {
        Outcome outcome = check(damage, seed);
        assertThat(outcome.failure).isNull();
        assertNothingWrittenOutside();
    }

    @Test
    void theUndamagedBasesLoadAsSaved() throws IOException {
        for (int base = 0; base < BASES.size(); base++) {
            Path file = dir.resolve("base.gwb");
            Files.write(file, BASES.get(base));
            assertThat(content(reader().open(file))).isEqualTo(BASE_CONTENT.get(base));
        }
    }

    private record Outcome(boolean loaded, String failure) {
    }

    private Outcome check(Damage damage, long seed) throws IOException {
        Damaged d = damage(damage, seed);
        Path file = dir.resolve("case.gwb");
        Files.write(file, d.bytes);
        try {
            Project project = reader().open(file);
            return new Outcome(true, loadedProblem(d, project));
        } catch (WorkspaceException e) {
            return new Outcome(false, refusalProblem(d, e));
        } catch (Throwable t) {
            return new Outcome(false, d.what + ": threw " + t);
        }
    }

    private String loadedProblem(Damaged d, Project project) throws IOException {
        if (d.allowed == Allowed.REFUSED) {
            return d.what + ": loaded, but must be refused";
        }
        Map<String, String> content = content(project);
        if ((d.allowed == Allowed.SAME || d.allowed == Allowed.SAME_OR_REFUSED)
                && !content.equals(BASE_CONTENT.get(d.base))) {
            return d.what + ": loaded something else than was saved: " + difference(content, BASE_CONTENT.get(d.base));
        }
        // Complete: what loaded saves and opens again as itself, and its derived views can be built.
        Path again = dir.resolve("again.gwb");
        new WorkspaceWriter().save(project, again);
        Project reopened = reader().open(again);
        Files.delete(again);
        Files.deleteIfExists(dir.resolve("again.gwb.bak"));
        project.genreTags();
        project.playlistGenres();
        return content(reopened).equals(content) ? null : d.what + ": a loaded project does not save as itself";
    }

    private static String refusalProblem(Damaged d, WorkspaceException e) {
        String message = e.getMessage();
        if (!message.startsWith("case.gwb: ")) {
            return d.what + ": the message does not name the file: " + message;
        }
        if (d.allowed == Allowed.SAME) {
            return d.what + ": refused an undamaged workspace: " + message;
        }
        if (d.entry != null && !message.contains(d.entry.replace("\0", "\\0"))) {
            return d.what + ": the message does not name " + d.entry + ": " + message;
        }
        // Damage to the archive as a whole names the archive, or the entry as the damaged file now calls it
        // (a name damaged into one that is not allowed is quoted as stored).
        if (d.entry == null && !message.contains("zip archive") && entryNames().stream().noneMatch(message::contains)
                && !ENTRY_AS_STORED.matcher(message).lookingAt() && !message.contains(": the entry name '")) {
            return d.what + ": the message names neither an entry nor the archive: " + message;
        }
        return null;
    }

    private static WorkspaceReader reader() {
        return new WorkspaceReader(WorkspaceMigrations.standard(), ENTRY_LIMIT);
    }

    private static void assertNothingWrittenOutside() throws IOException {
        assertThat(Path.of(OUTSIDE)).doesNotExist();
        try (Stream<Path> files = Files.list(dir.resolve("outside"))) {
            assertThat(files).isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.equals("outside") || name.endsWith(".gwb"));
        }
    }

    // ---- the damage ----

    static Damaged damage(Damage damage, long seed) throws IOException {
        Random random = new Random(seed * 31 + damage.ordinal());
        int base = random.nextInt(BASES.size());
        byte[] bytes = BASES.get(base).clone();
        Map<String, byte[]> entries = ZipBytes.unzip(bytes);
        return switch (damage) {
            case FLIPPED_BYTES -> flipped(base, bytes, random);
            case TRUNCATED -> truncated(base, bytes, seed, random);
            case REMOVED_ENTRY -> {
                String name = pick(new ArrayList<>(entries.keySet()), random);
                entries.remove(name);
                yield new Damaged(base, ZipBytes.zip(entries), name, Allowed.REFUSED, "removed " + name);
            }
            case DUPLICATED_ENTRY -> duplicated(base, entries, random);
            case REORDERED -> {
                List<String> names = new ArrayList<>(entries.keySet());
                Collections.shuffle(names, random);
                Map<String, byte[]> reordered = new LinkedHashMap<>();
                names.forEach(n -> reordered.put(n, entries.get(n)));
                yield new Damaged(base, ZipBytes.zip(reordered), null, Allowed.SAME, "reordered " + names);
            }
            case WRONG_JSON_TYPE -> wrongJson(base, entries, random);
            case BAD_CSV_CELL -> badCsv(base, entries, random);
            case HUGE_DECLARED_SIZE -> hugeDeclaredSize(base, bytes, random);
            case HOSTILE_NAME -> hostileName(base, entries, random);
            case BOMB -> bomb(base, entries, random);
        };
    }

    private static Damaged flipped(int base, byte[] bytes, Random random) {
        int flips = 1 + random.nextInt(4);
        StringBuilder what = new StringBuilder("flipped bytes at");
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] ^= (byte) (1 + random.nextInt(255));
            what.append(' ').append(at);
        }
        return new Damaged(base, bytes, null, Allowed.SAME_OR_REFUSED, what.toString());
    }

    /** The first cases cut at every record boundary and one byte either side; the rest anywhere. */
    private static Damaged truncated(int base, byte[] bytes, long seed, Random random) {
        List<Integer> boundaries = ZipBytes.boundaries(bytes);
        int i = (int) ((seed - FIRST_SEED) / BASES.size());
        int at = i < boundaries.size() * 3 && (seed - FIRST_SEED) % BASES.size() == base
                ? boundaries.get(i / 3) + (i % 3) - 1
                : random.nextInt(bytes.length);
        at = Math.max(0, Math.min(bytes.length - 1, at));
        return new Damaged(base, Arrays.copyOf(bytes, at), null, Allowed.REFUSED, "truncated at " + at);
    }

    private static Damaged duplicated(int base, Map<String, byte[]> entries, Random random) throws IOException {
        List<String> names = new ArrayList<>(entries.keySet());
        String name = pick(names, random);
        String placeholder = name.substring(0, name.length() - 1) + "~";
        byte[] twin = random.nextBoolean() ? entries.get(name) : "id\nx\n".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> withTwin = new LinkedHashMap<>();
        int position = random.nextInt(names.size() + 1);
        for (int i = 0; i <= names.size(); i++) {
            if (i == position) {
                withTwin.put(placeholder, twin);
            }
            if (i < names.size()) {
                withTwin.put(names.get(i), entries.get(names.get(i)));
            }
        }
        byte[] bytes = ZipBytes.zip(withTwin);
        ZipBytes.centralDirectory(bytes).stream().filter(r -> r.name().equals(placeholder))
                .forEach(r -> ZipBytes.rename(bytes, r, name));
        return new Damaged(base, bytes, name, Allowed.REFUSED, "duplicated " + name + " at " + position);
    }

    private static final List<String> JSON_ENTRIES = List.of(WorkspaceFormat.MANIFEST, WorkspaceFormat.PLAYLISTS,
            WorkspaceFormat.LABEL_SCHEMES, WorkspaceFormat.EXPERIMENTS, WorkspaceFormat.INGEST_STATE);

    private static Damaged wrongJson(int base, Map<String, byte[]> entries, Random random) throws IOException {
        String name = pick(JSON_ENTRIES, random);
        JsonNode root = JSON.readTree(entries.get(name));
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode replacement = strangeValue(random);
        String what;
        if (random.nextInt(8) == 0) {
            root = replacement;
            what = "root";
        } else {
            JsonNode parent = pick(containers, random);
            if (parent instanceof ObjectNode object && object.size() > 0) {
                List<String> fields = new ArrayList<>();
                object.fieldNames().forEachRemaining(fields::add);
                String field = pick(fields, random);
                object.set(field, replacement);
                what = field;
            } else if (parent instanceof ArrayNode array && array.size() > 0) {
                int index = random.nextInt(array.size());
                array.set(index, replacement);
                what = "[" + index + "]";
            } else {
                what = "empty container";
            }
        }
        entries.put(name, JSON.writeValueAsBytes(root));
        return new Damaged(base, ZipBytes.zip(entries), name, Allowed.COMPLETE_OR_REFUSED,
                name + " " + what + " := " + abbreviate(replacement.toString()));
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectContainers(it.next(), into);
            }
        }
    }

    private static JsonNode strangeValue(Random random) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(16)) {
            case 0 -> f.nullNode();
            case 1 -> f.textNode("text");
            case 2 -> f.numberNode(-1);
            case 3 -> f.numberNode(2_147_483_648L);
            case 4 -> JSON.readTree("1e308");
            case 5 -> JSON.readTree("-123456789012345678901234567890");
            case 6 -> f.numberNode(0.5);
            case 7 -> f.booleanNode(random.nextBoolean());
            case 8 -> f.arrayNode();
            case 9 -> f.objectNode();
            case 10 -> f.arrayNode().add(f.nullNode());
            case 11 -> f.objectNode().put("x", 1);
            case 12 -> f.textNode("x".repeat(10_000));
            case 13 -> f.numberNode(Integer.MAX_VALUE);
            case 14 -> f.textNode("");
            default -> f.arrayNode().add(f.arrayNode().add("nested"));
        };
    }

    private static final List<String> STRANGE_CELLS = List.of("", "abc", "-1", "101", "1e309", "NaN", "-Infinity",
            "2147483648", "0x10", " 5 ", "TRUE", "spotify", "\"", "a|b\\", "\u0000", "x".repeat(5000), "1,2",
            "9223372036854775808", "-0", "1.7976931348623157E309", "\uFEFFid", "\r", "\n", "null");

    private static Damaged badCsv(int base, Map<String, byte[]> entries, Random random) throws IOException {
        String name = random.nextBoolean() ? WorkspaceFormat.TRACKS : WorkspaceFormat.ARTISTS;
        List<String[]> rows = new ArrayList<>();
        try (var it = CSV.readerFor(String[].class).<String[]>readValues(entries.get(name))) {
            it.forEachRemaining(rows::add);
        }
        int row = random.nextInt(rows.size());
        String[] cells = rows.get(row);
        String what;
        switch (random.nextInt(6)) {
            case 0 -> {
                rows.set(row, Arrays.copyOf(cells, random.nextInt(cells.length)));
                what = "row " + row + " cut short";
            }
            case 1 -> {
                rows.set(row, Arrays.copyOf(cells, cells.length + 1 + random.nextInt(3)));
                Arrays.fill(rows.get(row), cells.length, rows.get(row).length, "extra");
                what = "row " + row + " with extra cells";
            }
            case 2 -> {
                rows.add(1 + random.nextInt(rows.size()), cells.clone());
                what = "row " + row + " twice";
            }
            default -> {
                int column = random.nextInt(cells.length);
                String value = pick(STRANGE_CELLS, random);
                cells[column] = value;
                what = "row " + row + " column " + column + " := " + abbreviate(value);
            }
        }
        entries.put(name, CSV.writeValueAsBytes(rows));
        return new Damaged(base, ZipBytes.zip(entries), name, Allowed.COMPLETE_OR_REFUSED, name + " " + what);
    }

    private static Damaged hugeDeclaredSize(int base, byte[] bytes, Random random) {
        ZipBytes.CentralRecord record = pick(ZipBytes.centralDirectory(bytes), random);
        int[] sizes = {-1, Integer.MAX_VALUE, Integer.MIN_VALUE, 600 << 20, (int) ENTRY_LIMIT + 1, 0, 1,
                record.compressedSize() - 1, record.compressedSize() + 1};
        int size = sizes[random.nextInt(sizes.length)];
        boolean compressed = random.nextBoolean();
        ZipBytes.putInt(bytes, compressed ? record.compressedSizeField() : record.sizeField(), size);
        return new Damaged(base, bytes, record.name(), Allowed.SAME_OR_REFUSED,
                record.name() + (compressed ? " compressed" : "") + " size declared " + Integer.toUnsignedString(size));
    }

    private static Damaged hostileName(int base, Map<String, byte[]> entries, Random random) throws IOException {
        List<String> fixed = List.of("../evil.csv", "../outside/evil.csv", OUTSIDE + "/evil.csv", "/etc/passwd",
                "a/../../evil", "..\\evil.csv", "C:\\evil.csv", "C:/evil.csv", "tracks.csv/../../evil", "..",
                "evil\0.csv", "/", "//server/share/evil", "./../evil.csv", "sub/..", "\\\\server\\evil");
        String name;
        if (random.nextBoolean()) {
            name = pick(fixed, random);
        } else {
            StringBuilder sb = new StringBuilder(pick(List.of("", "/", "./", "sub/", "a/b/"), random));
            int ups = 1 + random.nextInt(6);
            sb.append("../".repeat(ups));
            sb.append(pick(List.of("evil.csv", WorkspaceFormat.TRACKS, "outside/evil.csv", ".."), random));
            name = sb.toString();
        }
        List<String> names = new ArrayList<>(entries.keySet());
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        int position = random.nextInt(names.size() + 1);
        for (int i = 0; i <= names.size(); i++) {
            if (i == position) {
                hostile.put(name, entries.getOrDefault(WorkspaceFormat.TRACKS, new byte[0]));
            }
            if (i < names.size()) {
                hostile.put(names.get(i), entries.get(names.get(i)));
            }
        }
        return new Damaged(base, ZipBytes.zip(hostile), name, Allowed.REFUSED, "entry named " + name);
    }

    /** Content larger than any entry may hold, sometimes with a declared size that lies about it. */
    private static Damaged bomb(int base, Map<String, byte[]> entries, Random random) throws IOException {
        String name = pick(List.of(WorkspaceFormat.TRACKS, WorkspaceFormat.PLAYLISTS, "extra.bin"), random);
        byte[] filler = new byte[(int) ENTRY_LIMIT + 1 + random.nextInt(1 << 20)];
        Arrays.fill(filler, (byte) (random.nextBoolean() ? ',' : 0));
        entries.put(name, filler);
        byte[] bytes = ZipBytes.zip(entries);
        boolean lie = random.nextBoolean();
        if (lie) {
            ZipBytes.centralDirectory(bytes).stream().filter(r -> r.name().equals(name))
                    .forEach(r -> ZipBytes.putInt(bytes, r.sizeField(), 100));
        }
        return new Damaged(base, bytes, name, Allowed.REFUSED,
                name + " of " + filler.length + " bytes" + (lie ? ", declared 100" : ""));
    }

    // ---- helpers ----

    private static List<String> entryNames() {
        return WorkspaceFormat.ENTRIES;
    }

    /** Every entry as text, as this build writes it at the fixed save time. */
    static Map<String, String> content(Project project) throws IOException {
        Map<String, String> content = new LinkedHashMap<>();
        ZipBytes.unzip(base(project)).forEach((name, bytes) -> content.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return content;
    }

    private static String difference(Map<String, String> a, Map<String, String> b) {
        return a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).toList().toString();
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String abbreviate(String s) {
        String printable = s.replace("\0", "\\0").replace("\n", "\\n").replace("\r", "\\r");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + s.length() + " chars)" : printable;
    }
}
