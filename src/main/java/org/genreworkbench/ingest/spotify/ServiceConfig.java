package org.genreworkbench.ingest.spotify;

import java.util.Objects;

/**
 * Where the services are and how patient to be with them. Base URLs are settings so that tests, proxies
 * and mirrors can stand in for the real hosts. The client secret is held in memory only: {@link #toString()}
 * never shows it, and nothing here is ever written to a workspace.
 *
 * @param maxRetryAfterSeconds the longest a 429's Retry-After is waited; a longer ban stops the run with a message
 * @param maxRetries           attempts after a 5xx or I/O error, with exponential backoff and jitter
 */
public record ServiceConfig(String spotifyApi, String spotifyAccounts, String reccoBeats, String musicBrainz,
                            String clientId, String clientSecret, int maxRetryAfterSeconds, int maxRetries,
                            long backoffMillis) {
    public static final String USER_AGENT = "GenreWorkbench/0.1 ( https://github.com/genre-workbench )";

    public ServiceConfig {
        spotifyApi = trim(Objects.requireNonNullElse(spotifyApi, "https://api.spotify.com"));
        spotifyAccounts = trim(Objects.requireNonNullElse(spotifyAccounts, "https://accounts.spotify.com"));
        reccoBeats = trim(Objects.requireNonNullElse(reccoBeats, "https://api.reccobeats.com"));
        musicBrainz = trim(Objects.requireNonNullElse(musicBrainz, "https://musicbrainz.org"));
    }

    /** The real services, credentials from SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET. */
    public static ServiceConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** The same from a given environment: for callers that stand in for the process's own. */
    public static ServiceConfig fromEnvironment(java.util.Map<String, String> environment) {
        return withCredentials(environment.get("SPOTIFY_CLIENT_ID"), environment.get("SPOTIFY_CLIENT_SECRET"));
    }

    /** The real services with these credentials (either may be null: the connection then says what is missing). */
    public static ServiceConfig withCredentials(String clientId, String clientSecret) {
        return new ServiceConfig(null, null, null, null, clientId, clientSecret, 600, 4, 500);
    }

    public ServiceConfig withBases(String api, String accounts, String recco, String mb) {
        return new ServiceConfig(api != null ? api : spotifyApi, accounts != null ? accounts : spotifyAccounts,
                recco != null ? recco : reccoBeats, mb != null ? mb : musicBrainz, clientId, clientSecret,
                maxRetryAfterSeconds, maxRetries, backoffMillis);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "ServiceConfig{spotifyApi=" + spotifyApi + ", spotifyAccounts=" + spotifyAccounts + ", reccoBeats="
                + reccoBeats + ", musicBrainz=" + musicBrainz + ", clientId=" + (clientId == null ? "none" : "set")
                + ", clientSecret=" + (clientSecret == null ? "none" : "hidden") + "}";
    }
}
