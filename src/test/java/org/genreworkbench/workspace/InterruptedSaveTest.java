package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.genreworkbench.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process in the middle of saving, again and again at random moments, and checks that the
 * workspace file is always readable and complete (the old or the new version, never a mix).
 */
class InterruptedSaveTest {
    private static final int TRACKS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aProcessKilledWhileSavingLeavesAReadableWorkspace() throws Exception {
        Path target = dir.resolve("victim.gwb");
        // An earlier version is on disk, as when a user saves again: every kill must leave it or the new one.
        new WorkspaceWriter().save(org.genreworkbench.sample.SampleGenerator.generate(
                org.genreworkbench.sample.SampleSpec.ofTracks(11, TRACKS)), target);
        Random random = new Random(42);
        for (int round = 0; round < 4; round++) {
            Process process = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), target.toString(), Integer.toString(TRACKS))
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("saving");
                // Saves of this size take a few hundred milliseconds: a random delay lands inside one.
                Thread.sleep(300 + random.nextInt(900));
                process.destroyForcibly();
                assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            Project project = new WorkspaceReader().open(target);
            assertThat(project.tracks()).hasSize(TRACKS);
        }
        List<String> leftovers = List.of(dir.toFile().list());
        assertThat(leftovers).contains("victim.gwb");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
