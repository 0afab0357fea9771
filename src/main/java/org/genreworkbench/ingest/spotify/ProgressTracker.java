package org.genreworkbench.ingest.spotify;

import java.util.function.LongSupplier;

/**
 * Counts a run as it goes and estimates the time left. The estimate knows that MusicBrainz is asked at most
 * once a second (one or two requests an artist), which dominates a playlist of new artists; Spotify's and
 * ReccoBeats' requests take their measured time. Until a playlist has finished, the playlist in progress is
 * the model for the ones left.
 */
final class ProgressTracker {
    private static final double DEFAULT_REQUEST_SECONDS = 0.2;

    private final LongSupplier clock;
    private final long started;
    int playlistsDone;
    int playlists;
    String playlistName = "";
    String step = "";
    int entriesRead;
    int newTracks;
    int repeatedTracks;
    int knownTracks;
    int skippedEntries;
    int featuresFound;
    int artistsLookedUp;
    int musicBrainzAsked;
    int errors;

    private long playlistStarted;
    private long finishedPlaylistMillis;
    private int playlistsTimed;
    private long musicBrainzRequests;
    private long musicBrainzMillis;
    /** Work known to be left in the playlist in progress; -1 while its entries are not read yet. */
    private int spotifyCallsLeft = -1;
    private double musicBrainzArtistsLeft;

    ProgressTracker(LongSupplier clock) {
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    void startPlaylist(String name) {
        playlistName = name;
        playlistStarted = clock.getAsLong();
        spotifyCallsLeft = -1;
        musicBrainzArtistsLeft = 0;
    }

    void finishPlaylist() {
        playlistsDone++;
        finishedPlaylistMillis += clock.getAsLong() - playlistStarted;
        playlistsTimed++;
        spotifyCallsLeft = 0;
        musicBrainzArtistsLeft = 0;
    }

    /** What is left of the playlist in progress: Spotify or ReccoBeats calls, and artists to ask MusicBrainz about. */
    void workLeft(int spotifyCalls, double musicBrainzArtists) {
        spotifyCallsLeft = spotifyCalls;
        musicBrainzArtistsLeft = musicBrainzArtists;
    }

    void musicBrainzAnswered(long requests, long millis) {
        musicBrainzAsked++;
        musicBrainzRequests += requests;
        musicBrainzMillis += millis;
    }

    IngestProgress snapshot(long requests) {
        return new IngestProgress(playlistsDone, playlists, playlistName, step, entriesRead, newTracks, repeatedTracks,
                knownTracks, skippedEntries, featuresFound, artistsLookedUp, musicBrainzAsked, requests, errors,
                secondsLeft(requests));
    }

    /** The estimate: what is left of this playlist, plus the playlists after it at the pace seen so far. */
    double secondsLeft(long requests) {
        if (playlists == 0) {
            return Double.NaN;
        }
        long now = clock.getAsLong();
        long otherRequests = Math.max(0, requests - musicBrainzRequests);
        double requestSeconds = otherRequests == 0 ? DEFAULT_REQUEST_SECONDS
                : Math.max(0.001, (now - started - musicBrainzMillis) / 1000.0 / otherRequests);
        double requestsPerArtist = musicBrainzAsked == 0 ? 2 : musicBrainzRequests / (double) musicBrainzAsked;
        double musicBrainzPerArtist = requestsPerArtist * Math.max(MusicBrainzClient.MIN_INTERVAL_MILLIS / 1000.0, requestSeconds);
        int after = Math.max(0, playlists - playlistsDone - 1);
        if (playlistsDone == playlists) {
            return 0;
        }
        if (spotifyCallsLeft < 0 && playlistsTimed == 0) {
            return Double.NaN;
        }
        double current = spotifyCallsLeft < 0 ? 0
                : spotifyCallsLeft * requestSeconds + musicBrainzArtistsLeft * musicBrainzPerArtist;
        double perPlaylist = playlistsTimed > 0 ? finishedPlaylistMillis / 1000.0 / playlistsTimed
                : (now - playlistStarted) / 1000.0 + current;
        if (spotifyCallsLeft < 0) {
            current = Math.max(0, perPlaylist - (now - playlistStarted) / 1000.0);
        }
        return current + after * perPlaylist;
    }
}
