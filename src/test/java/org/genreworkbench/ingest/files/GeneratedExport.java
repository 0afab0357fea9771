package org.genreworkbench.ingest.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A four-table export as a typical collection script writes it, made from a seed: tracks, audio features,
 * artists and albums in separate CSV files. Every column carries its table's name as a prefix
 * ({@code track_explicit}, {@code artist_genre} for a list of genres), the audio features are camelCase keyed
 * ({@code audioFeaturesTimeSignature}) keyed by a {@code spotify:track:} URI, album ids are links, flags are True/False, durations are in seconds.
 */
final class GeneratedExport {
    static final String[] GENRES = {"indie rock", "dream pop", "grime", "uk drill", "bossa nova", "mpb", "techno"};

    final int tracks;
    final int artists;
    final int albums;
    final List<String> trackIds = new ArrayList<>();
    final List<String> artistOfTrack = new ArrayList<>();
    final List<String> albumOfTrack = new ArrayList<>();
    final List<Boolean> explicit = new ArrayList<>();
    final List<Integer> durationS = new ArrayList<>();
    final List<String> releaseOfAlbum = new ArrayList<>();
    final List<List<String>> genresOfArtist = new ArrayList<>();
    final Path tracksFile;
    final Path featuresFile;
    final Path artistsFile;
    final Path albumsFile;

    GeneratedExport(Path dir, long seed, int tracks) throws IOException {
        this.tracks = tracks;
        this.artists = Math.max(1, tracks / 4);
        this.albums = Math.max(1, tracks / 8);
        Random random = new Random(seed);
        StringBuilder artistRows = new StringBuilder("artist_id,artist_name,artist_genre,artist_popularity,artist_followers\n");
        for (int a = 0; a < artists; a++) {
            List<String> genres = new ArrayList<>();
            int n = random.nextInt(3);
            for (int g = 0; g < n; g++) {
                String genre = GENRES[random.nextInt(GENRES.length)];
                if (!genres.contains(genre)) {
                    genres.add(genre);
                }
            }
            genresOfArtist.add(genres);
            // Python's str() of a list, as pandas writes it.
            String list = genres.stream().map(x -> "'" + x + "'").reduce((x, y) -> x + ", " + y).map(x -> "[" + x + "]").orElse("[]");
            artistRows.append(id('a', a)).append(",Artist ").append(a).append(",\"").append(list).append("\",")
                    .append(random.nextInt(101)).append(',').append(random.nextInt(5_000_000)).append('\n');
        }
        StringBuilder albumRows = new StringBuilder("album_id,album_name,album_release_date,album_total_tracks\n");
        for (int b = 0; b < albums; b++) {
            String date = String.format(Locale.ROOT, "%d-%02d-%02d", 1970 + random.nextInt(55), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            releaseOfAlbum.add(date);
            albumRows.append("https://open.spotify.com/album/").append(id('b', b)).append("?si=x").append(b)
                    .append(",Album ").append(b).append(',').append(date).append(',').append(8).append('\n');
        }
        StringBuilder trackRows = new StringBuilder(
                "track_id,track_name,track_artist_id,track_album_id,track_explicit,track_duration_s,track_popularity\n");
        StringBuilder featureRows = new StringBuilder("trackUri");
        for (String f : List.of("Danceability", "Energy", "Key", "Loudness", "Mode", "Speechiness", "Acousticness",
                "Instrumentalness", "Liveness", "Valence", "Tempo", "TimeSignature")) {
            featureRows.append(",audioFeatures").append(f);
        }
        featureRows.append('\n');
        for (int t = 0; t < tracks; t++) {
            String id = id('t', t);
            trackIds.add(id);
            String artist = id('a', random.nextInt(artists));
            artistOfTrack.add(artist);
            String album = id('b', random.nextInt(albums));
            albumOfTrack.add(album);
            boolean flag = random.nextBoolean();
            explicit.add(flag);
            int seconds = 90 + random.nextInt(300);
            durationS.add(seconds);
            trackRows.append(id).append(",Track ").append(t).append(",spotify:artist:").append(artist)
                    .append(",spotify:album:").append(album).append(',').append(flag ? "True" : "False").append(',')
                    .append(seconds).append(',').append(random.nextInt(101)).append('\n');
            featureRows.append("spotify:track:").append(id);
            for (int f = 0; f < 11; f++) {
                double v = switch (f) {
                    case 2 -> random.nextInt(12);
                    case 3 -> -30 + 30 * random.nextDouble();
                    case 4 -> random.nextInt(2);
                    case 10 -> 60 + 140 * random.nextDouble();
                    default -> random.nextDouble();
                };
                featureRows.append(',').append(String.format(Locale.ROOT, "%.4f", v));
            }
            featureRows.append(',').append(3 + random.nextInt(3)).append('\n');
        }
        tracksFile = Files.writeString(dir.resolve("tracks.csv"), trackRows);
        featuresFile = Files.writeString(dir.resolve("audio_features.csv"), featureRows);
        artistsFile = Files.writeString(dir.resolve("artists.csv"), artistRows);
        albumsFile = Files.writeString(dir.resolve("albums.csv"), albumRows);
    }

    List<Path> files() {
        return List.of(tracksFile, featuresFile, artistsFile, albumsFile);
    }

    /** A 22-character id made from a kind letter and a number, as Spotify's look. */
    static String id(char kind, int n) {
        String digits = Integer.toString(n, 36);
        return kind + "0".repeat(21 - digits.length()) + digits;
    }
}
