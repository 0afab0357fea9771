package org.genreworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.genreworkbench.cli.Cli;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person gets it: written by the {@code experiment} command with {@code --report}, opened in a
 * real browser (Debian's headless Chromium), which must show the comparison table and draw the charts. Skips
 * itself where no Chromium is installed.
 */
class ReportInChromiumTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    @Test
    void theCommandsReportShowsItsTablesAndChartsInABrowser() throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no chromium on PATH: the report is not rendered in a browser here");
        ReportFixture fixture = ReportFixture.get();
        Path workspace = dir.resolve("report.gwb");
        new WorkspaceWriter().save(fixture.project, workspace);
        Path spec = Files.writeString(dir.resolve("spec.json"), fixture.spec.toJson());
        Files.createDirectories(SHOTS);
        Path page = SHOTS.resolve("report.html").toAbsolutePath();
        int code = cli("experiment", workspace.toString(), "--spec", spec.toString(), "--report", page.toString(),
                "--ablation", fixture.spec.models().get(1).name());
        assertThat(code).isZero();

        String dom = run(chromium.get(), "--dump-dom", page.toUri().toString());
        assertThat(dom).contains("<table id=\"comparison-table\">").contains("<table id=\"ablation-table\">");
        for (String model : fixture.spec.models().stream().map(m -> m.name()).toList()) {
            assertThat(dom).contains("<td>" + model);
        }
        assertThat(dom.split("<svg ", -1).length - 1).as("inline SVG charts in the browser's DOM").isGreaterThanOrEqualTo(10);
        assertThat(dom).doesNotContain("<script").contains("&lt;script&gt;alert");

        Path png = SHOTS.resolve("report.png").toAbsolutePath();
        run(chromium.get(), "--screenshot=" + png, "--window-size=1280,9000", page.toUri().toString());
        BufferedImage shot = ImageIO.read(png.toFile());
        assertThat(shot.getWidth()).isEqualTo(1280);
        // Bars (label balance, coverage, F1 per label, ablation) are drawn in the palette's blue, the fold scores'
        // dots in its red, the cut line through the tag tree in a darker red: each must cover real area.
        assertThat(pixelsNear(shot, 0x4e79a7)).as("blue bars").isGreaterThan(20_000);
        assertThat(pixelsNear(shot, 0xe15759)).as("red fold dots").isGreaterThan(300);
        assertThat(pixelsNear(shot, 0xd62728)).as("the cut line").isGreaterThan(300);
        // And the page is not one picture on blank ground: most horizontal bands of the page's upper part hold
        // something other than white.
        int bands = 0;
        int filled = 0;
        for (int top = 0; top + 400 <= shot.getHeight() / 2; top += 400) {
            bands++;
            filled += nonWhiteShare(shot, top, 400) > 0.02 ? 1 : 0;
        }
        assertThat(filled).as("bands with content of %d", bands).isGreaterThanOrEqualTo(bands - 1);
    }

    private static int cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
            return Cli.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private String run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.err").toFile())
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 180 s: " + Files.readString(dir.resolve("chromium.err")));
        }
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.err"))).isZero();
        return Files.readString(out);
    }

    private static Optional<Path> chromium() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path candidate = Path.of(dirName, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static long pixelsNear(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) < 10 && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) < 10
                        && Math.abs((p & 255) - (rgb & 255)) < 10) {
                    n++;
                }
            }
        }
        return n;
    }

    private static double nonWhiteShare(BufferedImage image, int top, int height) {
        long n = 0;
        for (int y = top; y < top + height; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        return (double) n / (height * (long) image.getWidth());
    }
}
