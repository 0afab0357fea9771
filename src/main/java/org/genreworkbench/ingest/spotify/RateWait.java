package org.genreworkbench.ingest.spotify;

import java.util.Locale;

/**
 * A wait the ingestion makes before asking a service again: the service asked for it (a 429 with Retry-After)
 * or a failed request is retried after a backoff.
 */
public record RateWait(Service service, double seconds, String why) {
    /** "Spotify Web API: waiting 2 s — rate limited (429, Retry-After 2 s)". */
    public String describe() {
        return String.format(Locale.US, "%s: waiting %s s — %s", service.displayName(),
                seconds >= 10 || seconds == Math.rint(seconds) ? String.format(Locale.US, "%.0f", seconds)
                        : String.format(Locale.US, "%.1f", seconds), why);
    }
}
