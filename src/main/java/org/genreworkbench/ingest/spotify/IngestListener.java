package org.genreworkbench.ingest.spotify;

/** What an ingestion tells whoever watches it: requests, rate-limit waits, log lines. Called from the worker thread. */
public interface IngestListener {
    default void request(String method, String url) {
    }

    /** A wait of {@code seconds} starts because the service asked for it (429) or after an error (backoff). */
    default void waiting(double seconds, String why) {
    }

    default void log(String line) {
    }

    /** The run's counts so far, after every playlist. */
    default void progress(Counts counts) {
    }

    /** Playlists done of all, tracks new and already known, new artists, requests, errors. */
    record Counts(int playlistsDone, int playlists, int newTracks, int knownTracks, int newArtists, long requests,
                  int errors) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
