package org.genreworkbench.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genreworkbench.cli.CliRun;
import org.genreworkbench.model.Listening;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listener's own Spotify data, as the privacy export gives it, through the same import as table files. */
class ListeningHistoryImportTest {
    @TempDir
    Path dir;

    /** One entry of the extended streaming history, as Spotify writes it (nulls where it writes nulls). */
    private static String play(String ts, long ms, String track, String artist, String album, String trackUri,
                               String episodeName, String episodeUri, String audiobookUri) {
        return "{\"ts\": " + json(ts) + ", \"platform\": \"android\", \"ms_played\": " + ms
                + ", \"conn_country\": \"DE\", \"master_metadata_track_name\": " + json(track)
                + ", \"master_metadata_album_artist_name\": " + json(artist)
                + ", \"master_metadata_album_album_name\": " + json(album)
                + ", \"spotify_track_uri\": " + json(trackUri) + ", \"episode_name\": " + json(episodeName)
                + ", \"episode_show_name\": null, \"spotify_episode_uri\": " + json(episodeUri)
                + ", \"audiobook_title\": null, \"audiobook_uri\": " + json(audiobookUri)
                + ", \"reason_start\": \"trackdone\", \"reason_end\": \"trackdone\", \"shuffle\": false, \"skipped\": false}";
    }

    private static String song(String ts, long ms, String track, String artist, String uri) {
        return play(ts, ms, track, artist, "An Album", uri, null, null, null);
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static final String EXTENDED = "[\n" + String.join(",\n",
            song("2023-01-05T13:37:00Z", 200_000, "Hey Jude", "The Beatles", "spotify:track:0aym2LBJBk9DAYuHHutrIl"),
            song("2023-01-06T10:00:00Z", 50_000, "Hey Jude", "The Beatles", "spotify:track:0aym2LBJBk9DAYuHHutrIl"),
            play("2023-01-06T11:00:00Z", 1_000_000, null, null, null, null, "Episode 12", "spotify:episode:5Xt5DXGzch68nYYamXrNxZ", null),
            play("2023-01-06T12:00:00Z", 600_000, null, null, null, null, null, null, "spotify:show:7iHfbu1YPACw6oZPAFJtqe"),
            song(null, 30_000, "Hey Jude", "The Beatles", "spotify:track:0aym2LBJBk9DAYuHHutrIl"),
            song("2023-01-07T09:00:00Z", 10_000, "Local Demo", "Me", "spotify:local:Me::Local+Demo:10"),
            song("2023-01-07T10:00:00Z", 180_000, "Unlisted Song", "Some Band", null),
            song("2023-01-07T11:00:00Z", 5_000, null, null, null),
            song("2023-01-08T08:00:00Z", 100_000, "Hey Jude", "The Beatles", "spotify:track:0aym2LBJBk9DAYuHHutrIl"),
            song("2023-01-08T09:00:00Z", 240_000, "Bohemian Rhapsody", "Queen", "spotify:track:4u7EnebtmKWzUH433cf5Qv"))
            + "\n]\n";

    private static final String OLDER = """
            [
              {"endTime": "2019-03-01 20:15", "artistName": "Queen", "trackName": "Bohemian Rhapsody", "msPlayed": 354000},
              {"endTime": "2019-03-02 08:00", "artistName": "Queen", "trackName": "Bohemian Rhapsody", "msPlayed": 1000},
              {"endTime": "2019-03-02 09:00", "podcastName": "A Show", "episodeName": "Part 1", "msPlayed": 900000},
              {"endTime": "2019-03-02 10:00", "artistName": "Nina Simone", "trackName": "Feeling Good", "msPlayed": 172000}
            ]
            """;

    private static final String LIBRARY = """
            {"tracks": [
              {"artist": "The Beatles", "album": "Hey Jude", "track": "Hey Jude", "uri": "spotify:track:0aym2LBJBk9DAYuHHutrIl"},
              {"artist": "Miles Davis", "album": "Kind of Blue", "track": "So What", "uri": "spotify:track:4vLYewWIvqHfKtJDk8c8tq"},
              {"artist": "Somebody", "album": "X", "track": "Y", "uri": "spotify:album:1A2GTWGtFfWp7KSQTwWOyo"}
             ],
             "albums": [{"artist": "Miles Davis", "album": "Kind of Blue", "uri": "spotify:album:1weenld61qoidwYuZ1GESA"}],
             "episodes": [{"name": "Part 1", "show": "A Show", "uri": "spotify:episode:5Xt5DXGzch68nYYamXrNxZ"}]}
            """;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static ImportResult read(Path... files) throws IOException {
        return new TableImporter(Map.of()).read(List.of(files), TaskContext.silent());
    }

    private static Track track(ImportResult result, String id) {
        return result.tracks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no track " + id + " in " + result.tracks().stream().map(Track::id).toList()));
    }

    @Test
    void extendedHistoryKeepsPlaysPerTrackAndSetsAsidePodcastsAudiobooksAndBadEntries() throws IOException {
        ImportResult result = read(write("Streaming_History_Audio_2023_0.json", EXTENDED));

        Track heyJude = track(result, "0aym2LBJBk9DAYuHHutrIl");
        assertThat(heyJude.name()).isEqualTo("Hey Jude");
        assertThat(heyJude.album()).isEqualTo("An Album");
        assertThat(heyJude.artistIds()).containsExactly(TableImporter.artistIdForName("The Beatles"));
        // Three plays with a timestamp; the fourth has none and is skipped, not counted.
        assertThat(heyJude.listening()).isEqualTo(new Listening(3, 350_000, List.of("Streaming_History_Audio_2023_0.json")));
        assertThat(track(result, "4u7EnebtmKWzUH433cf5Qv").listening().plays()).isEqualTo(1);
        Track unlisted = track(result, TableImporter.trackIdForName("Unlisted Song", List.of("Some Band")));
        assertThat(unlisted.listening().msPlayed()).isEqualTo(180_000);
        assertThat(result.tracks()).hasSize(3);
        assertThat(result.artists()).extracting(a -> a.name()).containsExactlyInAnyOrder("The Beatles", "Some Band", "Queen");

        ListeningSummary s = result.listening();
        assertThat(s.files()).containsExactly("Streaming_History_Audio_2023_0.json");
        assertThat(s.plays()).isEqualTo(5);
        assertThat(s.podcasts()).isEqualTo(1);
        assertThat(s.audiobooks()).isEqualTo(1);
        assertThat(s.keyedByName()).isEqualTo(1);
        assertThat(s.withoutTrack()).isEqualTo(1);
        assertThat(result.rows()).isEqualTo(10);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "Streaming_History_Audio_2023_0.json entry 5, field ts: no timestamp",
                "Streaming_History_Audio_2023_0.json entry 6, field spotify_track_uri: "
                        + "'spotify:local:Me::Local+Demo:10' is not a track URI (spotify:track:…)");
        assertThat(result.skipped()).isEqualTo(2);
    }

    @Test
    void olderHistoryHasNoUrisSoTracksAreKeptByArtistAndNameAndSaySo() throws IOException {
        ImportResult result = read(write("StreamingHistory0.json", OLDER));

        Track queen = track(result, TableImporter.trackIdForName("Bohemian Rhapsody", List.of("Queen")));
        assertThat(queen.listening()).isEqualTo(new Listening(2, 355_000, List.of("StreamingHistory0.json")));
        assertThat(queen.artistIds()).containsExactly(TableImporter.artistIdForName("Queen"));
        assertThat(result.tracks()).hasSize(2);
        assertThat(result.listening().keyedByName()).isEqualTo(3);
        assertThat(result.listening().podcasts()).isEqualTo(1);
        assertThat(result.listening().describe()).anySatisfy(line -> assertThat(line)
                .contains("kept by artist and track name: 3").contains("older StreamingHistory files have no URIs"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void libraryTracksJoinTheHistoryAndEachTrackNamesTheFilesItCameFrom() throws IOException {
        ImportResult result = read(write("YourLibrary.json", LIBRARY), write("Streaming_History_Audio_2023_0.json", EXTENDED));

        Track heyJude = track(result, "0aym2LBJBk9DAYuHHutrIl");
        assertThat(heyJude.listening()).isEqualTo(new Listening(3, 350_000,
                List.of("YourLibrary.json", "Streaming_History_Audio_2023_0.json")));
        assertThat(track(result, "4vLYewWIvqHfKtJDk8c8tq").listening()).isEqualTo(new Listening(0, 0, List.of("YourLibrary.json")));
        assertThat(result.listening().podcasts()).isEqualTo(2); // the library's saved episode and the history's
        assertThat(result.problems()).extracting(Problem::toString).contains(
                "YourLibrary.json entry 3, field uri: 'spotify:album:1A2GTWGtFfWp7KSQTwWOyo' is not a track URI (spotify:track:…)");
    }

    @Test
    void theExportsZipReadsLikeItsFilesAndLeavesTheRestUnread() throws IOException {
        Path zip = zip("my_spotify_data.zip", Map.of(
                "Spotify Extended Streaming History/Streaming_History_Audio_2023_0.json", EXTENDED,
                "Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf", "%PDF-1.4",
                "Spotify Account Data/YourLibrary.json", LIBRARY));
        ImportResult fromZip = read(zip);
        ImportResult fromFiles = read(write("YourLibrary.json", LIBRARY), write("Streaming_History_Audio_2023_0.json", EXTENDED));

        assertThat(fromZip.tracks()).containsExactlyInAnyOrderElementsOf(fromFiles.tracks());
        assertThat(fromZip.listening().files()).containsExactlyInAnyOrder(
                "my_spotify_data.zip: Spotify Extended Streaming History/Streaming_History_Audio_2023_0.json",
                "my_spotify_data.zip: Spotify Account Data/YourLibrary.json");
        assertThat(fromZip.listening().leftOutEntries()).containsExactly(
                "my_spotify_data.zip: Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf");
        assertThat(fromZip.problems()).extracting(Problem::file).contains(
                "my_spotify_data.zip: Spotify Extended Streaming History/Streaming_History_Audio_2023_0.json");
    }

    @Test
    void aMalformedFileIsReportedByNameAndEntryAndGivesNothingWhileTheOthersImport() throws IOException {
        String broken = "[\n" + song("2022-05-01T10:00:00Z", 1000, "Only Here", "Nobody", "spotify:track:7GhIk7Il098yCjg4BQjzvb")
                + ",\n" + song("2022-05-01T11:00:00Z", 1000, "Also Here", "Nobody", "spotify:track:1301WleyT98MSxVHPZCA6M")
                + ",\n{\"ts\": \"2022-05-01T12:00:00Z\", \"ms_played\": 12 \"spotify_track_uri\": null}\n]";
        ImportResult result = read(write("Streaming_History_Audio_2022_1.json", broken),
                write("Streaming_History_Audio_2023_0.json", EXTENDED));

        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("Streaming_History_Audio_2022_1.json");
            assertThat(p.unit()).isEqualTo(Problem.Unit.ENTRY);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("malformed at line 4").endsWith("nothing was imported from this file");
        });
        assertThat(result.tracks()).extracting(Track::name).doesNotContain("Only Here", "Also Here").contains("Hey Jude");
        assertThat(result.listening().files()).containsExactly("Streaming_History_Audio_2023_0.json");
    }

    @Test
    void aHostileZipIsRefusedAndTheWorkspaceStaysAsItWas() throws IOException {
        Path ws = dir.resolve("mine.gwb");
        Project project = new Project();
        ImportMerge.apply(project, read(write("StreamingHistory0.json", OLDER)));
        new WorkspaceWriter().save(project, ws);
        byte[] before = Files.readAllBytes(ws);

        Path hostile = zip("my_spotify_data.zip", Map.of(
                "Spotify Extended Streaming History/Streaming_History_Audio_2023_0.json", EXTENDED,
                "../../Streaming_History_Audio_2024_0.json", EXTENDED));
        assertThatThrownBy(() -> read(hostile)).isInstanceOf(IOException.class)
                .hasMessageContaining("my_spotify_data.zip").hasMessageContaining("'../../Streaming_History_Audio_2024_0.json'")
                .hasMessageContaining("nothing was imported");

        CliRun run = CliRun.of("import", hostile.toString(), "--into", ws.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("leads outside the archive");
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
        assertThat(new WorkspaceReader().open(ws).tracks()).hasSize(2);
    }

    @Test
    void playCountsSurviveTheWorkspaceAndReimportingTheSameExportDoesNotDoubleThem() throws IOException {
        Path history = write("Streaming_History_Audio_2023_0.json", EXTENDED);
        Path ws = dir.resolve("mine.gwb");
        CliRun first = CliRun.of("import", history.toString(), "--into", ws.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.json().get("listening").get("plays").asLong()).isEqualTo(5);
        assertThat(first.json().get("listening").get("podcasts_set_aside").asLong()).isEqualTo(1);
        assertThat(first.err()).contains("skipped: Streaming_History_Audio_2023_0.json entry 5, field ts: no timestamp");
        CliRun again = CliRun.of("import", history.toString(), "--into", ws.toString());
        assertThat(again.code()).as(again.err()).isZero();

        Track heyJude = new WorkspaceReader().open(ws).track("0aym2LBJBk9DAYuHHutrIl");
        assertThat(heyJude.listening()).isEqualTo(new Listening(3, 350_000, List.of("Streaming_History_Audio_2023_0.json")));
    }

    @Test
    void aZipEntryLargerThanAllowedIsRefusedWhetherItSaysSoOrLiesAboutItsSize() throws IOException {
        Path zip = zip("my_spotify_data.zip", Map.of("Streaming_History_Audio_2023_0.json", EXTENDED));
        long size = EXTENDED.getBytes(StandardCharsets.UTF_8).length;
        assertThat(ListeningHistory.read(List.of(zip), TaskContext.silent(), size).summary().plays()).isEqualTo(5);

        assertThatThrownBy(() -> ListeningHistory.read(List.of(zip), TaskContext.silent(), size - 1))
                .hasMessage("my_spotify_data.zip: Streaming_History_Audio_2023_0.json declares " + size
                        + " bytes, more than the " + (size - 1) + " accepted; nothing was imported");

        // The central directory claims 100 bytes: counted as it inflates, the entry is stopped all the same.
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int central = -1;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                central = i;
            }
        }
        assertThat(central).isPositive();
        buffer.putInt(central + 24, 100);
        Files.write(zip, bytes);
        assertThatThrownBy(() -> ListeningHistory.read(List.of(zip), TaskContext.silent(), size - 1))
                .hasMessageStartingWith("my_spotify_data.zip: Streaming_History_Audio_2023_0.json inflates to more than the "
                        + (size - 1) + " bytes accepted");
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
