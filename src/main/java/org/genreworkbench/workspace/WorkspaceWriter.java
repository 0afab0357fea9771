package org.genreworkbench.workspace;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genreworkbench.export.WholeFiles;
import org.genreworkbench.model.Project;

/**
 * Saves a project as a workspace file, atomically: the new content goes to a temporary file beside the
 * target, is forced to disk, and only then replaces the target in one rename. Killed at any moment, the
 * target path holds either the old file or the new one, never a mix. The previous version is kept as
 * {@code NAME.gwb.bak}.
 */
public final class WorkspaceWriter {
    private static final String APPLICATION = "Genre Workbench";
    private final Clock clock;

    public WorkspaceWriter() {
        this(Clock.systemDefaultZone());
    }

    /**
     * A writer that dates what it writes (the manifest's save time, each entry's time) by {@code clock}: with a
     * fixed clock the same project gives the same bytes, whatever the day, the time zone or the folder.
     */
    public WorkspaceWriter(Clock clock) {
        this.clock = clock;
    }

    /** Saves {@code project} to {@code target}. The project must not change during the call. */
    public void save(Project project, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStaleTemporaries(absolute);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            WholeFiles.keepPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writeTo(project, out);
                out.flush();
                channel.force(true);
            }
            keepBackup(absolute);
            moveIntoPlace(temp, absolute);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the zip content to a stream (not atomic: {@link #save} adds that). */
    public void writeTo(Project project, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // Speed matters more than the last few percent of size: level 1 keeps 100k tracks well under a second.
        zip.setLevel(Deflater.BEST_SPEED);
        // One instant for the whole file; entries carry it in the clock's zone, the local time zip tools show.
        Instant now = clock.instant();
        LocalDateTime savedAt = LocalDateTime.ofInstant(now, clock.getZone());
        Manifest manifest = new Manifest(Manifest.FORMAT_NAME, WorkspaceFormat.CURRENT_VERSION, APPLICATION,
                now.toString(), project.tracks().size(), project.artists().size(),
                project.playlists().size(), project.labelSchemes().size(), project.experiments().size(),
                WorkspaceFormat.ENTRIES);
        json(zip, WorkspaceFormat.MANIFEST, manifest, savedAt);

        zip.putNextEntry(entry(WorkspaceFormat.TRACKS, savedAt));
        Writer tracks = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        TrackTable.write(project.tracks().values(), tracks);
        zip.closeEntry();

        zip.putNextEntry(entry(WorkspaceFormat.ARTISTS, savedAt));
        Writer artists = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        ArtistTable.write(project.artists().values(), artists);
        zip.closeEntry();

        json(zip, WorkspaceFormat.PLAYLISTS, List.copyOf(project.playlists().values()), savedAt);
        json(zip, WorkspaceFormat.LABEL_SCHEMES,
                new LabelSchemesEntry(project.activeLabelScheme(), project.labelSchemes()), savedAt);
        json(zip, WorkspaceFormat.EXPERIMENTS, project.experiments(), savedAt);
        json(zip, WorkspaceFormat.INGEST_STATE, project.ingestState(), savedAt);
        zip.finish();
    }

    private static void json(ZipOutputStream zip, String name, Object value, LocalDateTime time) throws IOException {
        zip.putNextEntry(entry(name, time));
        WorkspaceJson.write(value, zip);
        zip.closeEntry();
    }

    /** An entry dated {@code time} as it stands: the DOS time a zip keeps, with no zone of this computer's added. */
    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    /**
     * Removes temporary files an earlier save left behind when its process was killed; only those an hour
     * old, so a save running in another process at this moment is never disturbed.
     */
    private static void removeStaleTemporaries(Path target) {
        String prefix = "." + target.getFileName() + ".";
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        try (var files = Files.newDirectoryStream(target.getParent(), prefix + "*.tmp")) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toMillis() < hourAgo) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // leftovers are harmless: the next save tries again
        }
    }

    private static void keepBackup(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        Path backupTemp = target.resolveSibling("." + target.getFileName() + ".bak.tmp");
        Files.deleteIfExists(backupTemp);
        try {
            // A hard link costs no copy and leaves the target in place throughout.
            Files.createLink(backupTemp, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, backupTemp, StandardCopyOption.REPLACE_EXISTING);
        }
        moveIntoPlace(backupTemp, backup);
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform lets a directory be opened, which is harmless. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
