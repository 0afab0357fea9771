package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a workspace file can be broken or hostile ends in a clear message and loads nothing. */
class DamagedWorkspaceTest {
    private static final String MANIFEST_V1 = "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":1}";
    private static final String TRACKS = "id,name,popularity,danceability\nt1,One,10,0.5\n";
    private static final String ARTISTS = "id,name,genres\na1,Someone,pop|rock\n";

    @TempDir
    Path dir;
    private Map<String, byte[]> entries;

    @BeforeEach
    void validEntries() {
        entries = new LinkedHashMap<>();
        entries.put(WorkspaceFormat.MANIFEST, MANIFEST_V1.getBytes(StandardCharsets.UTF_8));
        entries.put(WorkspaceFormat.TRACKS, TRACKS.getBytes(StandardCharsets.UTF_8));
        entries.put(WorkspaceFormat.ARTISTS, ARTISTS.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theHandMadeBaselineOpens() throws Exception {
        assertThat(new WorkspaceReader().open(zip("ok.gwb")).tracks()).containsOnlyKeys("t1");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path file = dir.resolve("text.gwb");
        Files.writeString(file, "hello, I am a CSV file\n1,2,3\n");
        assertRefused(file, "text.gwb", "not a workspace file");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Path good = zip("good.gwb");
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.gwb");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertRefused(cut, "cut.gwb", "damaged");
    }

    /** One way to damage the valid entries, and the words the refusal must contain. */
    record Damage(String what, Consumer<Map<String, byte[]>> change, List<String> fragments) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Damage> damages() {
        return Stream.of(
                removed("a zip without manifest is not a workspace", WorkspaceFormat.MANIFEST, "manifest.json", "missing"),
                removed("a missing tracks entry", WorkspaceFormat.TRACKS, "tracks.csv", "missing"),
                replaced("a manifest of another format", WorkspaceFormat.MANIFEST,
                        "{\"format\":\"something-else\",\"formatVersion\":1}", "manifest.json", "genre-workbench-workspace"),
                replaced("a newer format version, with an update hint", WorkspaceFormat.MANIFEST,
                        "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":7}", "newer version", "format 7",
                        "Update Genre Workbench"),
                replaced("a manifest with a wrong type", WorkspaceFormat.MANIFEST,
                        "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":\"one\"}", "manifest.json", "formatVersion"),
                replaced("bad JSON, named by entry, line and column", WorkspaceFormat.PLAYLISTS, "[\n  {\"id\": \"p1\",, }\n]",
                        "playlists.json line 2, column", "bad JSON"),
                replaced("a wrong JSON type, named by entry and path", WorkspaceFormat.PLAYLISTS,
                        "[{\"id\":\"p1\",\"trackIds\":{\"not\":\"a list\"}}]", "playlists.json", "trackIds", "wrong type"),
                replaced("a bad number in tracks, named by line and column", WorkspaceFormat.TRACKS,
                        "id,name,popularity\nt1,One,10\nt2,Two,lots\n", "tracks.csv line 3, column 3 (popularity)",
                        "'lots' is not a whole number"),
                replaced("an infinite feature value", WorkspaceFormat.TRACKS, "id,energy\nt1,Infinity\n",
                        "tracks.csv line 2", "energy", "not a finite number"),
                replaced("an unknown source", WorkspaceFormat.TRACKS, "id,source\nt1,SOMEWHERE\n",
                        "tracks.csv line 2", "source", "SOMEWHERE"),
                replaced("a track without id", WorkspaceFormat.TRACKS, "id,name\n,Nameless\n", "tracks.csv line 2", "(id)", "required"),
                added("a name climbing out of the folder (zip slip)", "../../etc/evil.csv", "../../etc/evil.csv", "not allowed"),
                added("an absolute name", "/tmp/evil.csv", "/tmp/evil.csv", "not allowed"),
                // A serialized object where JSON belongs is rejected as bad JSON: no code path deserializes it.
                new Damage("a Java serialized object is never deserialized",
                        e -> e.put(WorkspaceFormat.EXPERIMENTS, serialized()), List.of("experiments.json", "bad JSON")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void eachDamageIsRefusedNamingTheEntryAndTheProblem(Damage damage) throws Exception {
        damage.change().accept(entries);
        assertRefused(zip("damaged.gwb"), damage.fragments().toArray(String[]::new));
    }

    private static Damage removed(String what, String entry, String... fragments) {
        return new Damage(what, e -> e.remove(entry), List.of(fragments));
    }

    private static Damage replaced(String what, String entry, String content, String... fragments) {
        return new Damage(what, e -> e.put(entry, content.getBytes(StandardCharsets.UTF_8)), List.of(fragments));
    }

    private static Damage added(String what, String entry, String... fragments) {
        return new Damage(what, e -> e.put(entry, "x".getBytes(StandardCharsets.UTF_8)), List.of(fragments));
    }

    private static byte[] serialized() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(List.of("x")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void whatComesOutOfAnEntryIsCountedWhateverItsHeaderDeclares() {
        // The declared size in a zip can lie; the counting stream stops a bomb once the real bytes pass the limit.
        var endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return len;
            }
        };
        var bounded = new BoundedInputStream(endless, "tracks.csv", 1L << 20);
        assertThatThrownBy(bounded::readAllBytes)
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("tracks.csv: larger than the 1 MB");
    }

    @Test
    void aDecompressionBombDeclaringItsSizeIsRefusedBeforeReading() throws Exception {
        // 40 MB of zeros compress to a few tens of kilobytes.
        Path file = dir.resolve("bomb.gwb");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!e.getKey().equals(WorkspaceFormat.TRACKS)) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry(WorkspaceFormat.TRACKS));
            zip.write(TRACKS.getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThatThrownBy(() -> new WorkspaceReader(WorkspaceMigrations.standard(), 16L << 20).open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("tracks.csv")
                .hasMessageContaining("declares 40 MB, more than the 16 MB");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        for (int i = 0; i < WorkspaceFormat.MAX_ENTRIES + 1; i++) {
            entries.put("extra/" + i + ".txt", new byte[0]);
        }
        assertRefused(zip("many.gwb"), "entries", "at most");
    }

    @Test
    void unknownButHarmlessEntriesAreSkipped() throws Exception {
        entries.put("notes/readme.txt", "from a later version".getBytes(StandardCharsets.UTF_8));
        assertThat(new WorkspaceReader().open(zip("extra.gwb")).tracks()).hasSize(1);
    }

    private Path zip(String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void assertRefused(Path file, String... fragments) {
        var thrown = assertThatThrownBy(() -> new WorkspaceReader().open(file)).isInstanceOf(WorkspaceException.class);
        for (String f : fragments) {
            thrown.hasMessageContaining(f);
        }
    }
}
