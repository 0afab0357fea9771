package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.genreworkbench.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process in the middle of saving, again and again, and checks that what it leaves is always
 * readable and whole: the old version or the new one (two different projects), never a mix. Each kill is
 * made while the save's temporary file is growing and is shown to have landed there: the temporary file is
 * left behind, cut short.
 */
class InterruptedSaveTest {
    private static final int TRACKS = 10_000;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void aProcessKilledWhileSavingLeavesTheOldOrTheNewWorkspaceWhole() throws Exception {
        Path target = dir.resolve("victim.gwb");
        // An earlier version is on disk, as when a user saves again: every kill must leave it or the new one.
        new WorkspaceWriter().save(SaveLoop.older(TRACKS), target);
        List<String> left = killWhileWriting(target, target, List.of(), KILLS);
        assertThat(left).hasSize(KILLS);
        System.out.println("killed saves left: " + left);
    }

    @Test
    void theAppKilledWhileAutosavingLeavesARecoverableAutosave() throws Exception {
        Path config = dir.resolve("config");
        Path file = dir.resolve("work.gwb");
        Autosave autosave = new Autosave(config);
        // An autosave made a minute ago is there; the app dies while writing the next one.
        autosave.save(SaveLoop.older(TRACKS), file);
        List<String> left = killWhileWriting(file, autosave.slot(file), List.of("autosave", config.toString()), 2);
        assertThat(left).hasSize(2);
        Optional<Path> recoverable = autosave.recoverable(file);
        assertThat(recoverable).contains(autosave.slot(file));
    }

    /**
     * Starts the saving process, kills it while a temporary file beside {@code written} grows, and checks what
     * is left; repeats until {@code kills} kills have landed inside a write.
     *
     * @return which version each kill left at {@code written}
     */
    private List<String> killWhileWriting(Path target, Path written, List<String> mode, int kills) throws Exception {
        Set<String> older = SaveLoop.older(TRACKS).tracks().keySet();
        Set<String> newer = SaveLoop.newer(TRACKS).tracks().keySet();
        assertThat(older).isNotEqualTo(newer);
        List<String> left = new ArrayList<>();
        for (int attempt = 0; left.size() < kills && attempt < 3 * kills; attempt++) {
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), target.toString(), Integer.toString(TRACKS)));
            command.addAll(mode);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Path temp;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("saving");
                temp = growingTemporary(written, attempt);
                process.destroyForcibly();
                assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            if (temp == null || !Files.exists(temp)) {
                continue; // the save finished before the kill: not a kill during a write, try again
            }
            // The kill landed inside the write: the temporary file was left, and it is not a whole workspace.
            assertThat(opens(temp)).as("a temporary file cut short").isFalse();
            Files.delete(temp);
            Project project = new WorkspaceReader().open(written);
            Set<String> ids = project.tracks().keySet();
            assertThat(ids.equals(older) || ids.equals(newer)).as("the old or the new version, whole").isTrue();
            left.add(ids.equals(older) ? "old" : "new");
        }
        return left;
    }

    /** Waits for a save's temporary file to appear and grow; it is then being written. */
    private static Path growingTemporary(Path written, int attempt) throws Exception {
        String prefix = "." + written.getFileName() + ".";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long lastSize = -1;
        Path lastSeen = null;
        // Attempts differ in which save they kill (the first writes the newer version, the second the older
        // again) and how far into it, so kills land at different points of different writes.
        int savesToSkip = attempt % 2;
        long atLeast = 4096L << (attempt % 6);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(written.getParent())) {
                Optional<Path> temp = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(".tmp")
                        && !p.getFileName().toString().startsWith(prefix + "bak")).findFirst();
                if (temp.isPresent()) {
                    long size = sizeOrMinusOne(temp.get());
                    if (temp.get().equals(lastSeen) && size > lastSize && size >= atLeast && savesToSkip == 0) {
                        return temp.get();
                    }
                    if (lastSeen != null && !temp.get().equals(lastSeen)) {
                        savesToSkip = Math.max(0, savesToSkip - 1);
                    }
                    lastSeen = temp.get();
                    lastSize = size;
                }
            }
            Thread.sleep(1);
        }
        return null;
    }

    private static long sizeOrMinusOne(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean opens(Path file) throws IOException {
        Path copy = file.resolveSibling("copy-of-temporary.gwb");
        try {
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            new WorkspaceReader().open(copy);
            return true;
        } catch (WorkspaceException e) {
            return false;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
