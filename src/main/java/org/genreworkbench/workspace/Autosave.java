package org.genreworkbench.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.genreworkbench.model.Project;

/**
 * Copies of unsaved work kept in the configuration folder, so a crash loses at most a minute or two.
 * Each workspace file has its own autosave slot (named by a hash of its path; one slot for untitled work);
 * an autosave counts as recoverable only while it is newer than the file it belongs to.
 */
public final class Autosave {
    private final Path folder;
    private final WorkspaceWriter writer = new WorkspaceWriter();

    public Autosave(Path configDir) {
        this.folder = configDir.resolve("autosave");
    }

    /** Writes {@code project} to the slot of {@code file} (null: untitled work), atomically like any save. */
    public void save(Project project, Path file) throws IOException {
        writer.save(project, slot(file));
        Files.deleteIfExists(slot(file).resolveSibling(slot(file).getFileName() + ".bak"));
    }

    /** The autosave of {@code file} (null: untitled work) if it is newer than the file itself. */
    public Optional<Path> recoverable(Path file) {
        Path slot = slot(file);
        try {
            if (!Files.isRegularFile(slot)) {
                return Optional.empty();
            }
            if (file != null && Files.exists(file)
                    && Files.getLastModifiedTime(slot).compareTo(Files.getLastModifiedTime(file)) <= 0) {
                return Optional.empty();
            }
            return Optional.of(slot);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Forgets the autosave of {@code file}: after a save, or when the user discards the changes. */
    public void discard(Path file) {
        try {
            Files.deleteIfExists(slot(file));
        } catch (IOException e) {
            System.getLogger(Autosave.class.getName()).log(System.Logger.Level.WARNING,
                    "could not remove autosave " + slot(file) + ": " + e.getMessage());
        }
    }

    Path slot(Path file) {
        if (file == null) {
            return folder.resolve("untitled.autosave.gwb");
        }
        String absolute = file.toAbsolutePath().normalize().toString();
        String name = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return folder.resolve(name + "-" + hash(absolute) + ".autosave.gwb");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
