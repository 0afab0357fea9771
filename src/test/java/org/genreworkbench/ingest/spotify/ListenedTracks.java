package org.genreworkbench.ingest.spotify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;

/**
 * A listener's extended streaming history over the tracks {@link FakeServices} knows: t1..t5 by "Artist 1".."Artist 4"
 * (t5 by Artist 1 again), each played twice, plus one play without a track URI ("Unlisted Song" by "Artist 3"),
 * kept by name. ReccoBeats knows t1, t2, t3 and t5; MusicBrainz finds Artist 3 by name only.
 */
public final class ListenedTracks {
    private ListenedTracks() {
    }

    /** Writes the history file into {@code dir}. */
    public static Path write(Path dir) throws IOException {
        List<String> plays = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int n = 1; n <= 5; n++) {
                plays.add(play("2024-03-0" + (n + round) + "T10:00:00Z", 60_000L * n, "Track " + n,
                        "Artist " + ((n - 1) % 4 + 1), "\"spotify:track:t" + n + "\""));
            }
        }
        plays.add(play("2024-03-09T10:00:00Z", 120_000, "Unlisted Song", "Artist 3", "null"));
        Path file = dir.resolve("Streaming_History_Audio_2024.json");
        Files.writeString(file, "[\n" + String.join(",\n", plays) + "\n]");
        return file;
    }

    /** The history imported into a new project, through the Data tab's and the command line's import. */
    public static Project imported(Path dir) throws IOException {
        Project project = new Project();
        ImportMerge.apply(project, new TableImporter(Map.of()).read(List.of(write(dir)), TaskContext.silent()));
        return project;
    }

    private static String play(String ts, long ms, String track, String artist, String uri) {
        return "{\"ts\": \"" + ts + "\", \"ms_played\": " + ms + ", \"master_metadata_track_name\": \"" + track
                + "\", \"master_metadata_album_artist_name\": \"" + artist + "\", \"master_metadata_album_album_name\": "
                + "\"An Album\", \"spotify_track_uri\": " + uri + ", \"episode_name\": null, \"spotify_episode_uri\": null,"
                + " \"skipped\": false}";
    }
}
