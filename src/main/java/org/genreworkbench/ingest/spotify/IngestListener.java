package org.genreworkbench.ingest.spotify;

/** What an ingestion tells whoever watches it: requests, waits, log lines, live counts. Called from the worker thread. */
public interface IngestListener {
    default void request(String method, String url) {
    }

    /** A wait starts: the service asked for it (429 with Retry-After) or a failed request is retried after a backoff. */
    default void waiting(RateWait wait) {
        waiting(wait.seconds(), wait.describe());
    }

    /** The same wait as seconds and words, for listeners that need no more. */
    default void waiting(double seconds, String why) {
    }

    default void log(String line) {
    }

    /** The run's counts so far: after every request-sized step, from the first one on. */
    default void progress(IngestProgress progress) {
    }

    /** A listening-data completion's counts so far: after every request, from the first one on. */
    default void completing(CompletionProgress progress) {
    }

    /** A stop (or failure) ended the run; {@code kept} says what of the unfinished playlist was saved. */
    default void stopped(IngestProgress.Kept kept) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
