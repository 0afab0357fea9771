package org.genreworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The app as the README starts it: {@code ./mvnw javafx:run}, on a real X display (the one the developer has,
 * else a private Xvfb), clicking one model run through the window. The other screen tests run inside Surefire's
 * class path; this one catches a launch that differs from it, such as a jar the JavaFX plugin leaves off.
 */
class ReadmeLaunchTest {
    private static final List<String> DROPPED_JAR_WARNINGS = List.of("pathException", "will be ignored",
            "Unable to derive module descriptor");
    private Process xvfb;

    @AfterEach
    void stopXvfb() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    @Test
    void theReadmeLaunchRunsAModelThroughTheWindow() throws Exception {
        String display = display();
        ProcessBuilder launch = new ProcessBuilder("./mvnw", "-B", "javafx:run", "-Dgenreworkbench.smoke=models")
                .redirectErrorStream(true);
        launch.environment().put("DISPLAY", display);
        Process app = launch.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> copyLines(app, output));
        reader.start();
        boolean ended = app.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
        }
        reader.join(10_000);
        String log = output.toString();
        assertThat(ended).as("the launch ended within 4 minutes; it printed:%n%s", log).isTrue();
        for (String warning : DROPPED_JAR_WARNINGS) {
            assertThat(log).as("javafx:run left a jar off the class path:%n%s", log).doesNotContain(warning);
        }
        assertThat(log).as("the launched app's check:%n%s", log).contains("smoke: PASSED");
        assertThat(app.exitValue()).as("exit status of ./mvnw javafx:run; it printed:%n%s", log).isZero();
    }

    /** The developer's display, else a private Xvfb on a display number it picks itself. */
    private String display() throws IOException {
        String own = System.getenv("DISPLAY");
        if (own != null && !own.isBlank()) {
            return own;
        }
        Path xvfbBinary = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "Xvfb")).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(xvfbBinary != null,
                "No DISPLAY and no Xvfb: the README launch was not tried here (CI installs Xvfb and runs it)");
        xvfb = new ProcessBuilder(xvfbBinary.toString(), "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        assertThat(number).as("Xvfb told its display number").isNotBlank();
        return ":" + number.trim();
    }

    private static void copyLines(Process process, StringBuilder into) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (into) {
                    into.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            synchronized (into) {
                into.append("(output cut: ").append(e.getMessage()).append(")\n");
            }
        }
    }
}
