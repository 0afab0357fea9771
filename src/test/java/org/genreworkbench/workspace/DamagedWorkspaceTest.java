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
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aZipWithoutManifestIsNotAWorkspace() throws Exception {
        entries.remove(WorkspaceFormat.MANIFEST);
        assertRefused(zip("nomanifest.gwb"), "manifest.json", "missing");
    }

    @Test
    void aManifestOfAnotherFormatIsRefused() throws Exception {
        put(WorkspaceFormat.MANIFEST, "{\"format\":\"something-else\",\"formatVersion\":1}");
        assertRefused(zip("other.gwb"), "manifest.json", "genre-workbench-workspace");
    }

    @Test
    void aNewerFormatVersionIsRefusedWithAnUpdateHint() throws Exception {
        put(WorkspaceFormat.MANIFEST, "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":7}");
        assertRefused(zip("newer.gwb"), "newer version", "format 7", "Update Genre Workbench");
    }

    @Test
    void badJsonNamesTheEntryLineAndColumn() throws Exception {
        put(WorkspaceFormat.PLAYLISTS, "[\n  {\"id\": \"p1\",, }\n]");
        assertRefused(zip("badjson.gwb"), "playlists.json line 2, column", "bad JSON");
    }

    @Test
    void wrongJsonTypesNameTheEntryAndPath() throws Exception {
        put(WorkspaceFormat.PLAYLISTS, "[{\"id\":\"p1\",\"trackIds\":{\"not\":\"a list\"}}]");
        assertRefused(zip("wrongtype.gwb"), "playlists.json", "trackIds", "wrong type");
    }

    @Test
    void aManifestWithAWrongTypeIsRefused() throws Exception {
        put(WorkspaceFormat.MANIFEST, "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":\"one\"}");
        assertRefused(zip("manifesttype.gwb"), "manifest.json", "formatVersion");
    }

    @Test
    void aBadNumberInTracksNamesLineAndColumn() throws Exception {
        put(WorkspaceFormat.TRACKS, "id,name,popularity\nt1,One,10\nt2,Two,lots\n");
        assertRefused(zip("badnumber.gwb"), "tracks.csv line 3, column 3 (popularity)", "'lots' is not a whole number");
    }

    @Test
    void anInfiniteFeatureValueIsRefused() throws Exception {
        put(WorkspaceFormat.TRACKS, "id,energy\nt1,Infinity\n");
        assertRefused(zip("inf.gwb"), "tracks.csv line 2", "energy", "not a finite number");
    }

    @Test
    void anUnknownSourceIsRefused() throws Exception {
        put(WorkspaceFormat.TRACKS, "id,source\nt1,SOMEWHERE\n");
        assertRefused(zip("source.gwb"), "tracks.csv line 2", "source", "SOMEWHERE");
    }

    @Test
    void aTrackWithoutIdIsRefused() throws Exception {
        put(WorkspaceFormat.TRACKS, "id,name\n,Nameless\n");
        assertRefused(zip("noid.gwb"), "tracks.csv line 2", "(id)", "required");
    }

    @Test
    void aMissingTracksEntryIsRefused() throws Exception {
        entries.remove(WorkspaceFormat.TRACKS);
        assertRefused(zip("notracks.gwb"), "tracks.csv", "missing");
    }

    @Test
    void zipSlipNamesAreRefused() throws Exception {
        entries.put("../../etc/evil.csv", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("slip.gwb"), "../../etc/evil.csv", "not allowed");
    }

    @Test
    void absoluteNamesAreRefused() throws Exception {
        entries.put("/tmp/evil.csv", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip("absolute.gwb"), "/tmp/evil.csv", "not allowed");
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

    @Test
    void aJavaSerializedObjectIsNeverDeserialized() throws Exception {
        // A serialized object where JSON belongs is rejected as bad JSON: no code path deserializes it.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(java.util.List.of("x")));
        }
        entries.put(WorkspaceFormat.EXPERIMENTS, bytes.toByteArray());
        assertRefused(zip("serialized.gwb"), "experiments.json", "bad JSON");
    }

    private void put(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
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
