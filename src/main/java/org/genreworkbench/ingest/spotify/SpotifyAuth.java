package org.genreworkbench.ingest.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * The client-credentials token: fetched on first use, kept until shortly before it expires, renewed on a 401.
 * The token and the secret stay in memory; neither is logged.
 */
public final class SpotifyAuth {
    private static final long EARLY_MILLIS = 60_000;

    private final ServiceConfig config;
    private final HttpGateway gateway;
    private final java.util.function.LongSupplier clock;
    private String token;
    private long expiresAt;

    public SpotifyAuth(ServiceConfig config, HttpGateway gateway, java.util.function.LongSupplier clock) {
        this.config = config;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** "Bearer …", fetching a token when there is none or it is about to expire. */
    public synchronized String header() {
        try {
            if (token == null || clock.getAsLong() >= expiresAt) {
                fetch();
            }
            return "Bearer " + token;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Forgets the token, so the next request gets a new one. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() throws IOException {
        if (config.clientId() == null || config.clientId().isBlank() || config.clientSecret() == null
                || config.clientSecret().isBlank()) {
            throw new HttpStatusException(400, "no Spotify client id and secret: set SPOTIFY_CLIENT_ID and "
                    + "SPOTIFY_CLIENT_SECRET, or enter them in the wizard");
        }
        String basic = Base64.getEncoder().encodeToString((config.clientId() + ":" + config.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        JsonNode answer;
        try {
            answer = gateway.send(Service.SPOTIFY_ACCOUNTS, () -> new Request.Builder().url(config.spotifyAccounts() + "/api/token")
                    .header("Authorization", "Basic " + basic).header("User-Agent", ServiceConfig.USER_AGENT)
                    .post(new FormBody.Builder().add("grant_type", "client_credentials").build()).build(), null);
        } catch (HttpStatusException e) {
            if (e.status() == 400 || e.status() == 401) {
                throw new HttpStatusException(e.status(), "Spotify refused the client id and secret (" + e.getMessage()
                        + "); check them in the Spotify developer dashboard");
            }
            throw e;
        }
        String t = answer.path("access_token").asText(null);
        if (t == null) {
            throw new IOException("Spotify's token answer holds no access_token");
        }
        token = t;
        expiresAt = clock.getAsLong() + answer.path("expires_in").asLong(3600) * 1000 - EARLY_MILLIS;
    }
}
