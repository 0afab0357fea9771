package org.genreworkbench.workspace;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.IngestState;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/**
 * Opens a workspace file. Every entry is checked (name, size, format version, types) and the project is
 * built only when all of it has been read, so a bad file loads nothing half-way. Content is only ever
 * parsed as CSV or plain JSON data: nothing in a file can make this code run other code.
 */
public final class WorkspaceReader {
    /** Text deflates to a fifth or a tenth of its size; a declared size far beyond that is not trusted up front. */
    private static final long PLAUSIBLE_RATIO = 64;
    private final WorkspaceMigrations migrations;
    private final long maxEntryBytes;

    public WorkspaceReader() {
        this(WorkspaceMigrations.standard(), WorkspaceFormat.MAX_ENTRY_BYTES);
    }

    /** @param maxEntryBytes the most an entry may hold once decompressed */
    public WorkspaceReader(WorkspaceMigrations migrations, long maxEntryBytes) {
        this.migrations = migrations;
        this.maxEntryBytes = maxEntryBytes;
    }

    public Project open(Path file) throws WorkspaceException {
        String where = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(where + ": no such file");
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return read(zip);
        } catch (WorkspaceException e) {
            throw new WorkspaceException(where + ": " + e.getMessage(), e);
        } catch (ZipException | java.io.EOFException e) {
            throw new WorkspaceException(where + ": not a workspace file, or a damaged one "
                    + "(not a readable zip archive: " + reason(e) + ")", e);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException(where + ": no such file", e);
        } catch (IllegalArgumentException e) {
            // the zip library's way of saying a damaged byte made an entry's name or comment invalid UTF-8
            throw new WorkspaceException(where + ": not a workspace file, or a damaged one "
                    + "(not a readable zip archive: an entry's name or comment is damaged: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new WorkspaceException(where + ": could not be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Checks every entry's name and declared size, then reads the manifest and the project. A file of this
     * version's format is read and parsed entry by entry side by side, straight from the archive; an older one is
     * read whole, upgraded by the migrations, and parsed from what they return.
     */
    private Project read(ZipFile zip) throws IOException {
        ArchiveEntries archive = new ArchiveEntries(zip, index(zip));
        if (!archive.has(WorkspaceFormat.MANIFEST)) {
            throw new WorkspaceException("not a workspace file: the entry " + WorkspaceFormat.MANIFEST + " is missing");
        }
        Manifest manifest = checkedManifest(archive.take(WorkspaceFormat.MANIFEST));
        try {
            if (manifest.formatVersion() < WorkspaceFormat.CURRENT_VERSION) {
                if (!migrations.canUpgradeFrom(manifest.formatVersion(), WorkspaceFormat.CURRENT_VERSION)) {
                    throw new WorkspaceException(WorkspaceFormat.MANIFEST + ": format version "
                            + manifest.formatVersion() + " is not one this version can read or upgrade");
                }
                Map<String, byte[]> upgraded = migrations.upgrade(archive.readAll(), manifest.formatVersion(),
                        WorkspaceFormat.CURRENT_VERSION);
                return parse(manifest, new UpgradedEntries(new ConcurrentHashMap<>(upgraded)));
            }
            return parse(manifest, archive);
        } catch (WorkspaceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException("could not be read (" + e + ")", e);
        }
    }

    /** Reads just the manifest: for a quick look without loading the whole project. */
    public Manifest manifest(Path file) throws WorkspaceException {
        String where = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(WorkspaceFormat.MANIFEST);
            if (entry == null) {
                throw new WorkspaceException("the entry " + WorkspaceFormat.MANIFEST + " is missing");
            }
            byte[] bytes = readBounded(zip, entry, WorkspaceFormat.MAX_MANIFEST_BYTES);
            return checkedManifest(bytes);
        } catch (WorkspaceException e) {
            throw new WorkspaceException(where + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new WorkspaceException(where + ": not a workspace file, or a damaged one (" + e.getMessage() + ")", e);
        }
    }

    /** The archive's entries by name, in archive order, once every name and declared size is found acceptable. */
    private Map<String, ZipEntry> index(ZipFile zip) throws IOException {
        if (zip.size() > WorkspaceFormat.MAX_ENTRIES) {
            throw new WorkspaceException("holds " + zip.size() + " entries; a workspace has at most "
                    + WorkspaceFormat.MAX_ENTRIES);
        }
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            checkName(name);
            if (entry.isDirectory()) {
                continue;
            }
            if (entries.containsKey(name)) {
                throw new WorkspaceException("the entry " + name + " appears twice");
            }
            checkDeclaredSize(entry, limitFor(name));
            entries.put(name, entry);
        }
        return entries;
    }

    private long limitFor(String name) {
        return name.equals(WorkspaceFormat.MANIFEST) ? WorkspaceFormat.MAX_MANIFEST_BYTES : maxEntryBytes;
    }

    /**
     * Entries as a migration left them; each is handed out once (to the thread that parses it), so its bytes can
     * go once it is parsed.
     */
    private record UpgradedEntries(Map<String, byte[]> entries) implements Entries {
        @Override
        public boolean has(String name) {
            return entries.containsKey(name);
        }

        @Override
        public byte[] take(String name) {
            return entries.remove(name);
        }

        @Override
        public void checkOthers(Set<String> used) {
            // read and bounded whole before the migration
        }
    }

    /**
     * Entries read from the archive when they are asked for, from any thread: each within its bound, all of
     * them within {@link WorkspaceFormat#MAX_TOTAL_BYTES} together, each checked against its checksum.
     */
    private final class ArchiveEntries implements Entries {
        private final ZipFile zip;
        private final Map<String, ZipEntry> index;
        private final AtomicLong total = new AtomicLong();

        ArchiveEntries(ZipFile zip, Map<String, ZipEntry> index) {
            this.zip = zip;
            this.index = index;
        }

        @Override
        public boolean has(String name) {
            return index.containsKey(name);
        }

        @Override
        public byte[] take(String name) throws IOException {
            ZipEntry entry = index.get(name);
            return entry == null ? null : readBounded(zip, entry, limitFor(name), total);
        }

        /** Every entry, for the migrations (which may need entries this version no longer knows). */
        Map<String, byte[]> readAll() throws IOException {
            Map<String, byte[]> all = new HashMap<>();
            for (String name : index.keySet()) {
                all.put(name, take(name));
            }
            return all;
        }

        /** Entries this version does not use are still read: a damaged or oversized one is refused all the same. */
        @Override
        public void checkOthers(Set<String> used) throws IOException {
            for (String name : index.keySet()) {
                if (!used.contains(name)) {
                    take(name);
                }
            }
        }
    }

    /** Refuses names that would escape a folder if extracted (zip slip) or that no writer of ours makes. */
    private static void checkName(String name) throws WorkspaceException {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.contains("\0");
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                bad = true;
            }
        }
        if (bad) {
            throw new WorkspaceException("the entry name '" + name.replace("\0", "\\0")
                    + "' is not allowed (absolute, or leads outside the archive)");
        }
    }

    private static void checkDeclaredSize(ZipEntry entry, long limit) throws WorkspaceException {
        if (entry.getSize() > limit) {
            throw new WorkspaceException(entry.getName() + ": declares " + (entry.getSize() >> 20)
                    + " MB, more than the " + (limit >> 20) + " MB this version accepts");
        }
    }

    private static byte[] readBounded(ZipFile zip, ZipEntry entry, long limit) throws IOException {
        return readBounded(zip, entry, limit, new AtomicLong());
    }

    /**
     * The entry's bytes, counted into {@code total} as they come. An entry whose declared size is plausible for
     * its compressed size is read into an array of that size, so a few hundred MB of tracks are not gathered in
     * pieces and copied again; the size may lie all the same, so what comes out is counted and bounded either way.
     */
    private static byte[] readBounded(ZipFile zip, ZipEntry entry, long limit, AtomicLong total) throws IOException {
        checkDeclaredSize(entry, limit);
        byte[] bytes;
        try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), entry.getName(), limit)) {
            long declared = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (declared > 0 && compressed > 0 && declared <= compressed * PLAUSIBLE_RATIO) {
                byte[] sized = new byte[(int) declared];
                int n = in.readNBytes(sized, 0, sized.length);
                byte[] rest = n < sized.length ? new byte[0] : in.readAllBytes();
                bytes = n < sized.length ? Arrays.copyOf(sized, n) : rest.length == 0 ? sized : concat(sized, rest);
            } else {
                bytes = in.readAllBytes();
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new WorkspaceException(entry.getName() + ": damaged or truncated (" + reason(e) + ")", e);
        }
        if (total.addAndGet(bytes.length) > WorkspaceFormat.MAX_TOTAL_BYTES) {
            throw new WorkspaceException("its entries add up to more than "
                    + (WorkspaceFormat.MAX_TOTAL_BYTES >> 20) + " MB; the file may be damaged or hostile");
        }
        // The zip library does not check the checksum itself: a damaged byte can still inflate to plausible text.
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new WorkspaceException(entry.getName() + ": damaged (its content does not match its checksum)");
        }
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Where {@link #parse} finds each entry's bytes. */
    private interface Entries {
        boolean has(String name);

        /** The entry's bytes (null when absent); each entry is asked for once, perhaps from another thread. */
        byte[] take(String name) throws IOException;

        /** Reads the entries not among {@code used}, to refuse a damaged file all the same. */
        void checkOthers(Set<String> used) throws IOException;
    }

    /** The JSON entries, read together. */
    private record JsonEntries(List<Playlist> playlists, LabelSchemesEntry schemes, List<Experiment> experiments,
            IngestState ingest) {
    }

    /**
     * Builds the project. The tracks are read on this thread while the artists and the JSON entries are read on
     * others; each table's bytes are let go as soon as it is parsed
     * (a million tracks are a few hundred MB of text). A problem is reported in the order tracks, artists, JSON
     * entries, whichever thread found it first, and only once every reading has ended.
     */
    private Project parse(Manifest manifest, Entries entries) throws IOException {
        for (String required : List.of(WorkspaceFormat.TRACKS, WorkspaceFormat.ARTISTS)) {
            if (!entries.has(required)) {
                throw new WorkspaceException("the entry " + required + " is missing");
            }
        }
        if (manifest.entries() != null) {
            for (String listed : manifest.entries()) {
                if (!entries.has(listed)) {
                    throw new WorkspaceException("the entry " + listed + " is missing (" + WorkspaceFormat.MANIFEST
                            + " lists it); the file is damaged");
                }
            }
        }
        CompletableFuture<List<Artist>> artistsRead = Concurrently.start(
                () -> ArtistTable.read(entries.take(WorkspaceFormat.ARTISTS)));
        CompletableFuture<JsonEntries> jsonRead = Concurrently.start(() -> jsonEntries(entries));
        List<Track> tracks;
        try {
            tracks = TrackTable.read(entries.take(WorkspaceFormat.TRACKS));
        } finally {
            Concurrently.settle(artistsRead, jsonRead);
        }
        List<Artist> artists = Concurrently.result(artistsRead);
        JsonEntries json = Concurrently.result(jsonRead);
        List<Playlist> playlists = json.playlists();
        LabelSchemesEntry schemes = json.schemes();
        List<Experiment> experiments = json.experiments();
        IngestState ingest = json.ingest();

        Project project = new Project(tracks.size(), artists.size());
        project.putTracks(tracks);
        project.putArtists(artists);
        project.putPlaylists(nonNull(WorkspaceFormat.PLAYLISTS, playlists));
        for (LabelScheme scheme : nonNull(WorkspaceFormat.LABEL_SCHEMES, schemes.schemes())) {
            project.putLabelScheme(scheme);
        }
        if (schemes.active() != null) {
            if (project.labelSchemes().stream().noneMatch(s -> s.name().equals(schemes.active()))) {
                throw new WorkspaceException(WorkspaceFormat.LABEL_SCHEMES + ": the active scheme '"
                        + schemes.active() + "' is not among the schemes");
            }
            project.setActiveLabelScheme(schemes.active());
        }
        for (Experiment e : nonNull(WorkspaceFormat.EXPERIMENTS, experiments)) {
            project.putExperiment(e);
        }
        project.setIngestState(ingest);
        checkCounts(manifest, project);
        return project;
    }

    /** Counts that disagree mean an entry lost or gained rows (or ids repeat): refused rather than half-read. */
    private static void checkCounts(Manifest manifest, Project project) throws WorkspaceException {
        checkCount(WorkspaceFormat.TRACKS, "tracks", manifest.tracks(), project.tracks().size());
        checkCount(WorkspaceFormat.ARTISTS, "artists", manifest.artists(), project.artists().size());
        checkCount(WorkspaceFormat.PLAYLISTS, "playlists", manifest.playlists(), project.playlists().size());
        checkCount(WorkspaceFormat.LABEL_SCHEMES, "label schemes", manifest.labelSchemes(),
                project.labelSchemes().size());
        checkCount(WorkspaceFormat.EXPERIMENTS, "experiments", manifest.experiments(), project.experiments().size());
    }

    private static void checkCount(String entry, String what, Integer counted, int found) throws WorkspaceException {
        if (counted != null && counted != found) {
            throw new WorkspaceException(entry + ": holds " + found + " distinct " + what + " but "
                    + WorkspaceFormat.MANIFEST + " counts " + counted + "; the file is damaged");
        }
    }

    private static Manifest checkedManifest(byte[] bytes) throws WorkspaceException {
        Manifest manifest = WorkspaceJson.read(WorkspaceFormat.MANIFEST, new ByteArrayInputStream(bytes),
                WorkspaceJson.mapper().getTypeFactory().constructType(Manifest.class));
        if (!Manifest.FORMAT_NAME.equals(manifest.format())) {
            throw new WorkspaceException("not a workspace file: " + WorkspaceFormat.MANIFEST
                    + " does not say format \"" + Manifest.FORMAT_NAME + "\"");
        }
        if (manifest.formatVersion() == null) {
            throw new WorkspaceException(WorkspaceFormat.MANIFEST + ": formatVersion is missing");
        }
        if (manifest.formatVersion() > WorkspaceFormat.CURRENT_VERSION) {
            throw new WorkspaceException("saved by a newer version of Genre Workbench (" + WorkspaceFormat.MANIFEST
                    + ": workspace format " + manifest.formatVersion() + "; this version reads up to format "
                    + WorkspaceFormat.CURRENT_VERSION + "). Update Genre Workbench to open it.");
        }
        return manifest;
    }

    /** The zip library's own words, or what an end-of-file without them means here. */
    private static String reason(IOException e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        return e instanceof java.io.EOFException ? "the data ends too early" : e.getClass().getSimpleName();
    }

    private static JsonEntries jsonEntries(Entries entries) throws IOException {
        TypeFactory types = WorkspaceJson.mapper().getTypeFactory();
        JsonEntries json = new JsonEntries(
                json(entries, WorkspaceFormat.PLAYLISTS,
                        types.constructCollectionType(List.class, Playlist.class), List.of()),
                json(entries, WorkspaceFormat.LABEL_SCHEMES,
                        types.constructType(LabelSchemesEntry.class), new LabelSchemesEntry(null, List.of())),
                json(entries, WorkspaceFormat.EXPERIMENTS,
                        types.constructCollectionType(List.class, Experiment.class), List.of()),
                json(entries, WorkspaceFormat.INGEST_STATE,
                        types.constructType(IngestState.class), IngestState.empty()));
        entries.checkOthers(Set.copyOf(WorkspaceFormat.ENTRIES));
        return json;
    }

    private static <T> T json(Entries entries, String name, JavaType type, T absent) throws IOException {
        byte[] bytes = entries.take(name);
        if (bytes == null) {
            return absent;
        }
        return WorkspaceJson.read(name, new ByteArrayInputStream(bytes), type);
    }

    private static <T> List<T> nonNull(String entry, List<T> items) throws WorkspaceException {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new WorkspaceException(entry + " at [" + i + "]: null instead of an object");
            }
        }
        return items;
    }
}
