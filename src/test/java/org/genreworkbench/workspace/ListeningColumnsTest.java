package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Listening;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Play counts and time played are optional columns of tracks.csv: kept when there, and not needed to open a file. */
class ListeningColumnsTest {
    @TempDir
    Path dir;

    private static final Track PLAYED = new Track("0aym2LBJBk9DAYuHHutrIl", "Hey Jude", "Hey Jude", "1968", 431000, 70,
            false, List.of("name:the beatles"), AudioFeatures.none(), Source.FILE, null,
            new Listening(3, 350_000, List.of("Streaming_History_Audio_2023_0.json", "YourLibrary.json")));
    private static final Track UNPLAYED = new Track("4u7EnebtmKWzUH433cf5Qv", "Bohemian Rhapsody", "A Night at the Opera",
            "1975", 354000, 80, false, List.of("name:queen"), AudioFeatures.none(), Source.FILE, null);

    private Path saved() throws IOException {
        Project project = new Project();
        project.putTracks(List.of(PLAYED, UNPLAYED));
        Path ws = dir.resolve("listening.gwb");
        new WorkspaceWriter().save(project, ws);
        return ws;
    }

    @Test
    void listeningFiguresSurviveSaveAndOpen() throws IOException {
        Project opened = new WorkspaceReader().open(saved());

        assertThat(opened.track(PLAYED.id())).isEqualTo(PLAYED);
        assertThat(opened.track(UNPLAYED.id()).listening()).isNull();
    }

    @Test
    void aFileWrittenBeforeTheColumnsExistedStillOpens() throws IOException {
        Path ws = saved();
        List<String> header = rewriteTracks(ws, lines -> dropColumns(lines, "plays", "ms_played", "listening_files"));
        assertThat(header).doesNotContain("plays", "ms_played", "listening_files").contains("id", "features_source");

        Project opened = new WorkspaceReader().open(ws);

        assertThat(opened.track(PLAYED.id())).isEqualTo(PLAYED.withListening(null));
        assertThat(opened.track(UNPLAYED.id())).isEqualTo(UNPLAYED);
    }

    @Test
    void aPlayCountThatIsNotANumberIsRefusedByColumn() throws IOException {
        Path ws = saved();
        rewriteTracks(ws, lines -> {
            lines.set(1, lines.get(1).replace(",3,350000,", ",three,350000,"));
            return lines;
        });

        assertThatThrownBy(() -> new WorkspaceReader().open(ws)).hasMessageContaining("tracks.csv")
                .hasMessageContaining("plays").hasMessageContaining("'three'");
    }

    /** Replaces the tracks entry's lines (the fixtures hold no commas or quotes inside cells); returns its header. */
    private static List<String> rewriteTracks(Path ws, UnaryOperator<List<String>> change) throws IOException {
        Path copy = ws.resolveSibling("rewritten.gwb");
        List<String> header = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ws); ZipInputStream zin = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(copy); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals(WorkspaceFormat.TRACKS)) {
                    List<String> lines = change.apply(new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList()));
                    header.addAll(Arrays.asList(lines.get(0).split(",")));
                    bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        Files.move(copy, ws, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return header;
    }

    private static List<String> dropColumns(List<String> lines, String... columns) {
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<Integer> drop = Arrays.stream(columns).map(header::indexOf).toList();
        assertThat(drop).doesNotContain(-1);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (!drop.contains(i)) {
                    kept.add(cells[i]);
                }
            }
            out.add(String.join(",", kept));
        }
        return out;
    }
}
