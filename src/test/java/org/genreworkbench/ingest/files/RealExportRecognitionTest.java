package org.genreworkbench.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exports as collection scripts write them, recognised without a hand mapping. */
class RealExportRecognitionTest {
    @TempDir
    Path dir;

    @Test
    void aFourTableExportWithPrefixedCamelCaseAndLinkColumnsImportsWhole() throws Exception {
        GeneratedExport export = new GeneratedExport(dir, 7, 400);
        Project project = new Project();
        // Albums last: the join does not depend on the order of the files.
        ImportResult result = new TableImporter(Map.of()).read(export.files(), TaskContext.silent());
        ImportMerge.apply(project, result);

        assertThat(result.problems()).isEmpty();
        assertThat(result.unmappedColumns()).containsExactly("albums.csv: album_total_tracks");
        assertThat(project.tracks()).hasSize(400);
        assertThat(result.albumJoins()).isEqualTo(400);
        for (int i = 0; i < export.tracks; i++) {
            Track t = project.track(export.trackIds.get(i));
            int album = Integer.parseInt(export.albumOfTrack.get(i).substring(1), 36);
            assertThat(t.album()).isEqualTo("Album " + album);
            assertThat(t.releaseDate()).isEqualTo(export.releaseOfAlbum.get(album));
            assertThat(t.explicit()).isEqualTo(export.explicit.get(i));
            assertThat(t.durationMs()).isEqualTo(export.durationS.get(i) * 1000);
            assertThat(t.artistIds()).containsExactly(export.artistOfTrack.get(i));
            assertThat(t.features().get(AudioFeature.TIME_SIGNATURE)).isPresent();
            assertThat(t.features().get(AudioFeature.DANCEABILITY)).isPresent();
            int artist = Integer.parseInt(export.artistOfTrack.get(i).substring(1), 36);
            assertThat(project.genreTagsOf(t)).containsExactlyInAnyOrderElementsOf(export.genresOfArtist.get(artist));
        }
        Artist a = project.artist(GeneratedExport.id('a', 0));
        assertThat(a.name()).isEqualTo("Artist 0");
        assertThat(a.popularity()).isNotNull();
        assertThat(a.followers()).isNotNull();
        assertThat(project.artists()).hasSize(export.artists);
    }

    @Test
    void anUnrecognisedFileIsNamedWithItsHeaderAndNearestFieldsAndNothingIsImported() throws Exception {
        GeneratedExport export = new GeneratedExport(dir, 3, 40);
        Path odd = Files.writeString(dir.resolve("extra.csv"), "Song Titel,Artst,bpm\nOne,Ana,120\n");
        Project project = new Project();
        long revision = project.revision();
        List<Path> files = List.of(export.tracksFile, odd, export.artistsFile);

        assertThatThrownBy(() -> new TableImporter(Map.of()).read(files, TaskContext.silent()))
                .isInstanceOf(UnrecognisedFilesException.class)
                .hasMessageContaining("extra.csv is not recognised")
                .hasMessageContaining("no column holds a track id or name")
                .hasMessageContaining("Its header: Song Titel, Artst, bpm")
                .hasMessageContaining("'Song Titel' → Track name")
                .hasMessageContaining("'Artst' → Artist names")
                .hasMessageContaining("Nothing was imported");
        assertThat(project.revision()).isEqualTo(revision);

        ImportResult skipping = new TableImporter(Map.of(), Map.of(), true).read(files, TaskContext.silent());
        assertThat(skipping.unrecognisedFiles()).singleElement().asString().startsWith("extra.csv is not recognised");
        assertThat(skipping.tracks()).hasSize(40);
        assertThat(skipping.artists()).extracting(Artist::name).contains("Artist 0");
    }

    @Test
    void theUsersMappingOfOneFileDoesNotChangeHowAnotherIsRead() throws Exception {
        GeneratedExport export = new GeneratedExport(dir, 5, 20);
        Path odd = Files.writeString(dir.resolve("extra.csv"), "code,Song Titel\nx1,One\n");
        TableImporter importer = new TableImporter(Map.of(),
                Map.of("extra.csv", Map.of("code", Field.TRACK_ID, "Song Titel", Field.TRACK_NAME)), false);
        ImportResult r = importer.read(List.of(odd, export.artistsFile), TaskContext.silent());
        assertThat(r.tracks()).extracting(Track::name).containsExactly("One");
        assertThat(r.artists()).hasSize(export.artists + 0);
    }

    @ParameterizedTest(name = "{1}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            tracks.csv      | track_id                   | TRACKS  | TRACK_ID
            tracks.csv      | trackArtistIds             | TRACKS  | ARTIST_IDS
            tracks.csv      | track_album_id             | TRACKS  | ALBUM_ID
            tracks.csv      | Track Duration (ms)        | TRACKS  | DURATION_MS
            tracks.csv      | durationSeconds            | TRACKS  | DURATION_S
            tracks.csv      | isExplicit                 | TRACKS  | EXPLICIT
            tracks.csv      | artist_popularity          | TRACKS  | IGNORE
            tracks.csv      | id_track                   | TRACKS  | TRACK_ID
            export.csv      | external_urls.spotify      | TRACKS  | TRACK_ID
            export.csv      | preview_url                | TRACKS  | IGNORE
            export.csv      | album.artists              | TRACKS  | IGNORE
            export.csv      | album.releaseDate          | TRACKS  | RELEASE_DATE
            export.csv      | genre                      | TRACKS  | PLAYLIST_GENRE
            export.csv      | genres                     | ARTISTS | GENRES
            artists.csv     | id                         | ARTISTS | ARTIST_IDS
            artists.csv     | ARTIST_GENRE               | ARTISTS | GENRES
            artists.csv     | artist_popularity          | ARTISTS | POPULARITY
            artists.csv     | followers.total            | ARTISTS | FOLLOWERS
            artists.csv     | artistName                 | ARTISTS | ARTIST_NAMES
            albums.csv      | name                       | ALBUMS  | ALBUM
            albums.csv      | album_release_date         | ALBUMS  | RELEASE_DATE
            albums.csv      | albumUri                   | ALBUMS  | ALBUM_ID
            audio_features.csv | audio_features_energy   | TRACKS  | ENERGY
            audio_features.csv | audioFeaturesTimeSignature | TRACKS | TIME_SIGNATURE
            """)
    void columnsAreRecognisedAsAClassNotAList(String file, String header, TableKind kind, Field field) {
        // The table's kind comes from the file name here; the other columns only say what the header is among.
        List<String> columns = List.of(header, "genres".equals(header) ? "artists" : "x", "y", "z");
        ColumnRecogniser recogniser = ColumnRecogniser.forTable(file, columns);
        assertThat(recogniser.kind()).isEqualTo(kind);
        assertThat(recogniser.field(header)).isEqualTo(field);
    }

    @Test
    void idsAsLinksAndUrisFlagsAsWordsAndDurationsInAnyUnitAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.csv"), """
                uri,title,explicit,duration,artist_uri
                https://open.spotify.com/intl-de/track/4uLU6hMCjMI75M1A2tKUQC?si=abc,One,yes,215,spotify:artist:0OdUWJ0sBjDrqHygGUXeCF
                spotify:track:7ouMYWpwJ422jRcDASZB7P,Two,N,3:05,https://open.spotify.com/artist/1dfeR4HaWDbWqFHLkxsg1d
                https://api.spotify.com/v1/tracks/0eGsygTp906u18L0Oimnem,Three,0,201000,
                """);
        ImportResult r = new TableImporter(Map.of()).read(List.of(file), TaskContext.silent());
        assertThat(r.problems()).isEmpty();
        assertThat(r.tracks()).extracting(t -> t.id() + " " + t.explicit() + " " + t.durationMs() + " " + t.artistIds())
                .containsExactly("4uLU6hMCjMI75M1A2tKUQC true 215000 [0OdUWJ0sBjDrqHygGUXeCF]",
                        "7ouMYWpwJ422jRcDASZB7P false 185000 [1dfeR4HaWDbWqFHLkxsg1d]",
                        "0eGsygTp906u18L0Oimnem false 201000 []");
    }

    @Test
    void featureValuesOutOfTheirRangeAreReportedByFileLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("features.csv"), """
                id,danceability,energy,key,tempo,popularity
                a,0.5,0.5,3,120,50
                b,1.7,0.5,3,120,50
                c,0.5,0.5,14,120,50
                d,0.5,0.5,3,120,101
                """);
        ImportResult r = new TableImporter(Map.of()).read(List.of(file), TaskContext.silent());
        assertThat(r.tracks()).extracting(Track::id).containsExactly("a");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "features.csv line 3, column danceability: '1.7' is out of range (0 to 1)",
                "features.csv line 4, column key: '14' is not a key (0–11 or a pitch name such as D#)",
                "features.csv line 5, column popularity: '101' is out of range (0 to 100)");
    }

    @Test
    void thePublicApiResponsesAndReccoBeatsExportAreRecognised() throws Exception {
        Path shared = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(shared), "../shared/data is absent");
        List<Path> files = List.of(shared.resolve("reccobeats/arctic_monkeys_2026.csv"),
                shared.resolve("spotify-api/GetSeveralTracksRequest.json"),
                shared.resolve("spotify-api/GetAudioFeaturesForSeveralTracksRequest.json"),
                shared.resolve("spotify-api/GetSeveralArtistsRequest.json"));
        ImportResult r = new TableImporter(Map.of()).read(files, TaskContext.silent());
        assertThat(r.problems()).isEmpty();
        Track mirrorball = r.tracks().stream().filter(t -> t.id().equals("1zx6GSqLYI2ynzAHnPRKBR")).findFirst().orElseThrow();
        assertThat(mirrorball.album()).isEqualTo("The Car");
        assertThat(mirrorball.releaseDate()).isEqualTo("2022-10-21");
        assertThat(mirrorball.explicit()).isFalse();
        assertThat(mirrorball.durationMs()).isEqualTo(265_798);
        assertThat(mirrorball.features().get(AudioFeature.KEY)).hasValue(3.0);
        assertThat(r.tracks()).filteredOn(t -> !t.id().startsWith("name:")).hasSizeGreaterThan(80);
        // The recorded API answer: album, artists by id, flag, duration and popularity from the nested objects.
        Track fromApi = r.tracks().stream().filter(t -> t.id().equals("3n3Ppam7vgaVa1iaRUc9Lp")).findFirst().orElseThrow();
        assertThat(fromApi.album()).isNotBlank();
        assertThat(fromApi.artistIds()).isNotEmpty().allMatch(id -> id.matches("[0-9A-Za-z]{22}"));
        assertThat(fromApi.explicit()).isNotNull();
        assertThat(fromApi.durationMs()).isPositive();
        assertThat(fromApi.popularity()).isNotNull();
        assertThat(r.unmappedColumns()).noneMatch(c -> c.endsWith(": duration_ms") || c.endsWith(": explicit")
                || c.endsWith(": album.name") || c.endsWith(": followers.total") || c.endsWith(": genres"));
        Artist tagged = r.artists().stream().filter(a -> !a.genres().isEmpty()).findFirst().orElseThrow();
        assertThat(tagged.id()).matches("[0-9A-Za-z]{22}");
        assertThat(tagged.followers()).isPositive();
        assertThat(r.tracks()).filteredOn(t -> t.features().get(AudioFeature.DANCEABILITY).isPresent()
                && t.features().get(AudioFeature.LOUDNESS).isPresent()).hasSize(80 + 3);
    }
}
