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
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, byte[]> entries;
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            entries = readEntries(zip);
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
        try {
            return parse(entries);
        } catch (WorkspaceException e) {
            throw new WorkspaceException(where + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException(where + ": could not be read (" + e + ")", e);
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

    private Map<String, byte[]> readEntries(ZipFile zip) throws IOException {
        if (zip.size() > WorkspaceFormat.MAX_ENTRIES) {
            throw new WorkspaceException("holds " + zip.size() + " entries; a workspace has at most "
                    + WorkspaceFormat.MAX_ENTRIES);
        }
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            checkName(name);
            if (entry.isDirectory()) {
                continue;
            }
            // Unknown entries are kept too: a migration from an older format may need them.
            if (entries.containsKey(name)) {
                throw new WorkspaceException("the entry " + name + " appears twice");
            }
            long limit = name.equals(WorkspaceFormat.MANIFEST)
                    ? WorkspaceFormat.MAX_MANIFEST_BYTES : maxEntryBytes;
            byte[] bytes = readBounded(zip, entry, limit);
            total += bytes.length;
            if (total > WorkspaceFormat.MAX_TOTAL_BYTES) {
                throw new WorkspaceException("its entries add up to more than "
                        + (WorkspaceFormat.MAX_TOTAL_BYTES >> 20) + " MB; the file may be damaged or hostile");
            }
            entries.put(name, bytes);
        }
        return entries;
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

    private static byte[] readBounded(ZipFile zip, ZipEntry entry, long limit) throws IOException {
        if (entry.getSize() > limit) {
            throw new WorkspaceException(entry.getName() + ": declares " + (entry.getSize() >> 20)
                    + " MB, more than the " + (limit >> 20) + " MB this version accepts");
        }
        byte[] bytes;
        try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), entry.getName(), limit)) {
            bytes = in.readAllBytes();
        } catch (ZipException | java.io.EOFException e) {
            throw new WorkspaceException(entry.getName() + ": damaged or truncated (" + reason(e) + ")", e);
        }
        // The zip library does not check the checksum itself: a damaged byte can still inflate to plausible text.
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new WorkspaceException(entry.getName() + ": damaged (its content does not match its checksum)");
        }
        return bytes;
    }

    /** Builds the project from the entries read, taking them out of {@code read} (see below). */
    private Project parse(Map<String, byte[]> read) throws IOException {
        // Each table's bytes are let go as soon as it is parsed: a million tracks are a few hundred MB of text.
        Map<String, byte[]> entries = new HashMap<>(read);
        read.clear();
        byte[] manifestBytes = entries.get(WorkspaceFormat.MANIFEST);
        if (manifestBytes == null) {
            throw new WorkspaceException("not a workspace file: the entry " + WorkspaceFormat.MANIFEST + " is missing");
        }
        Manifest manifest = checkedManifest(manifestBytes);
        if (manifest.formatVersion() < WorkspaceFormat.CURRENT_VERSION) {
            if (!migrations.canUpgradeFrom(manifest.formatVersion(), WorkspaceFormat.CURRENT_VERSION)) {
                throw new WorkspaceException(WorkspaceFormat.MANIFEST + ": format version " + manifest.formatVersion()
                        + " is not one this version can read or upgrade");
            }
            entries = new HashMap<>(migrations.upgrade(entries, manifest.formatVersion(), WorkspaceFormat.CURRENT_VERSION));
        }
        for (String required : List.of(WorkspaceFormat.TRACKS, WorkspaceFormat.ARTISTS)) {
            if (!entries.containsKey(required)) {
                throw new WorkspaceException("the entry " + required + " is missing");
            }
        }
        if (manifest.entries() != null) {
            for (String listed : manifest.entries()) {
                if (!entries.containsKey(listed)) {
                    throw new WorkspaceException("the entry " + listed + " is missing (" + WorkspaceFormat.MANIFEST
                            + " lists it); the file is damaged");
                }
            }
        }
        List<Track> tracks = TrackTable.read(entries.remove(WorkspaceFormat.TRACKS));
        List<Artist> artists = ArtistTable.read(entries.remove(WorkspaceFormat.ARTISTS));
        TypeFactory types = WorkspaceJson.mapper().getTypeFactory();
        List<Playlist> playlists = json(entries, WorkspaceFormat.PLAYLISTS,
                types.constructCollectionType(List.class, Playlist.class), List.of());
        LabelSchemesEntry schemes = json(entries, WorkspaceFormat.LABEL_SCHEMES,
                types.constructType(LabelSchemesEntry.class), new LabelSchemesEntry(null, List.of()));
        List<Experiment> experiments = json(entries, WorkspaceFormat.EXPERIMENTS,
                types.constructCollectionType(List.class, Experiment.class), List.of());
        IngestState ingest = json(entries, WorkspaceFormat.INGEST_STATE,
                types.constructType(IngestState.class), IngestState.empty());

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

    private static <T> T json(Map<String, byte[]> entries, String name, JavaType type, T absent)
            throws WorkspaceException {
        byte[] bytes = entries.get(name);
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
